/**
 * The background jobs: completing pending cancellations and reconciling reservations left waiting for
 * their payment's outcome. Safe with several instances: every step re-checks the reservation under a row
 * lock and payment's calls are idempotent.
 */
package com.rentcar.reservation.adapter.scheduling;
