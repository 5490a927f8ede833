/**
 * The rental's model: the {@link com.rentcar.rental.domain.Rental} aggregate, its value objects and the events
 * it raises. Plain Java, no framework: which states exist (RENTED, then CANCELLED or RETURNED), which moves are
 * allowed, and when a change is announced all live here.
 */
package com.rentcar.rental.domain;
