/**
 * Keeps the rentals in PostgreSQL (tables {@code rental} and {@code waiting_rental}) with plain SQL through
 * {@code JdbcClient}; maps rows to and from the domain. The unique reservation and the partial unique index on the car
 * of RENTED rentals decide, not lookups before inserts.
 */
package com.rentcar.rental.adapter.persistence;
