/**
 * Shared plumbing for every RentCar service, and nothing of the rental business: the event envelope,
 * the transactional outbox and its relay, the processed-event log behind idempotent consumers, dead
 * letters, problem+json errors and bearer-token security. A service gets all of it by depending on
 * this module; its own business types never live here.
 */
package com.rentcar.platform;
