/**
 * The reservation model: the {@link com.rentcar.reservation.domain.Reservation} aggregate and its guarded
 * life cycle, the {@link com.rentcar.reservation.domain.RentalPeriod} that prices it, the
 * {@link com.rentcar.reservation.domain.BookableCar} it holds, and the events it raises. Plain Java, no
 * framework.
 */
package com.rentcar.reservation.domain;
