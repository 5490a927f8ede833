/**
 * Use cases of reservations, named as the business names them ({@code ReservingCar},
 * {@code CancellingReservation}, ...), and the ports they need: {@link com.rentcar.reservation.application.Reservations}
 * and {@link com.rentcar.reservation.application.CarCatalogue} (where things are kept),
 * {@link com.rentcar.reservation.application.Payments} (the payment service, called synchronously) and
 * {@link com.rentcar.reservation.application.ReservationEventPublisher} (how events leave, with the change).
 * <p>
 * Payment is never called inside a database transaction: a reservation changes in short transactions
 * ({@link com.rentcar.reservation.application.ReservationChanges}) before and after each call.
 */
package com.rentcar.reservation.application;
