/**
 * Keeps the rentals in PostgreSQL (table {@code rental}) with JPA; maps rows to and from the domain. The unique
 * reservation and the partial unique index on the car of RENTED rentals decide, not lookups before inserts.
 */
package com.rentcar.rental.adapter.persistence;
