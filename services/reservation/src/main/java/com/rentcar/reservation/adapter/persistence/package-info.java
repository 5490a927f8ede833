/**
 * Keeps reservations and the car catalogue in PostgreSQL (tables {@code reservation}, {@code bookable_car})
 * with plain SQL (Spring's {@code JdbcClient}); maps rows to and from the domain. The partial unique index
 * {@code reservation_one_active_per_car} is what makes double booking impossible.
 */
package com.rentcar.reservation.adapter.persistence;
