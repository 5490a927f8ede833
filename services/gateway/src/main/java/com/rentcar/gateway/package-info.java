/**
 * The RentCar edge: the single HTTP entry point for clients.
 *
 * <p>The gateway owns exactly three things: which service answers which {@code /api/**} path
 * ({@link com.rentcar.gateway.routing}), refusing requests without a valid customer-service token
 * before they reach any service ({@link com.rentcar.gateway.security}), and turning every failure on
 * the way (bad token, unknown path, service down or slow) into an RFC 9457 problem
 * ({@link com.rentcar.gateway.problem}). It also serves the static web UI. It owns no business data and
 * no authorization rules: roles and ownership are checked again by each service.
 */
package com.rentcar.gateway;
