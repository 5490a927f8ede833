/**
 * The HTTP API: {@code GET /api/available-cars?page=&size=} (a page of the cars on offer), {@code POST /api/reservations}, {@code GET /api/reservations},
 * {@code GET /api/reservations/{id}}, {@code POST /api/reservations/{id}/cancel}. Thin controllers; business
 * refusals become problem+json in {@link com.rentcar.reservation.adapter.web.ReservationProblems}; who may call
 * what is in {@link com.rentcar.reservation.adapter.web.ReservationAccess}.
 */
package com.rentcar.reservation.adapter.web;
