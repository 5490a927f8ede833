/**
 * Use cases of rental, named as the business names them ({@code StartingRental}, {@code CancellingRental},
 * {@code RecordingReturn}, {@code ViewingRentals}), and the ports they need:
 * {@link com.rentcar.rental.application.Rentals} (where rentals are kept) and
 * {@link com.rentcar.rental.application.RentalEventPublisher} (how their events leave, with the change).
 */
package com.rentcar.rental.application;
