/**
 * Keeps reservations and the car catalogue in PostgreSQL (tables {@code reservation}, {@code bookable_car})
 * with JPA; maps rows to and from the domain. The partial unique index {@code reservation_one_active_per_car}
 * is what makes double booking impossible.
 */
package com.rentcar.reservation.adapter.persistence;
