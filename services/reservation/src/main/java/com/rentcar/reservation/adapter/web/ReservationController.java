package com.rentcar.reservation.adapter.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.rentcar.platform.security.Callers;
import com.rentcar.reservation.application.CancellingReservation;
import com.rentcar.reservation.application.ReserveCar;
import com.rentcar.reservation.application.ReservingCar;
import com.rentcar.reservation.application.ViewingReservations;
import com.rentcar.reservation.domain.CarId;
import com.rentcar.reservation.domain.CustomerId;
import com.rentcar.reservation.domain.ReservationId;
import com.rentcar.reservation.domain.ReservationStatus;

@RestController
@RequestMapping("/api/reservations")
class ReservationController {

    private final ReservingCar reserving;
    private final CancellingReservation cancelling;
    private final ViewingReservations viewing;

    ReservationController(ReservingCar reserving, CancellingReservation cancelling, ViewingReservations viewing) {
        this.reserving = reserving;
        this.cancelling = cancelling;
        this.viewing = viewing;
    }

    /** Reserves and pays in one step: 201 only once payment approved. */
    @PostMapping
    ResponseEntity<ReservationResponse> reserve(@Valid @RequestBody ReserveCarRequest body,
            @AuthenticationPrincipal Jwt token) {
        var reservation = reserving.reserve(new ReserveCar(caller(token), new CarId(body.carId()), body.pickupDate(),
                body.returnDate()));
        return ResponseEntity.created(URI.create("/api/reservations/" + reservation.id()))
                .body(ReservationResponse.of(reservation));
    }

    /** A customer's own reservations, or every reservation for an admin; newest first. */
    @GetMapping
    List<ReservationResponse> list(@AuthenticationPrincipal Jwt token) {
        var reservations = Callers.isAdmin(token) ? viewing.all() : viewing.of(caller(token));
        return reservations.stream().map(ReservationResponse::of).toList();
    }

    @GetMapping("/{id}")
    ReservationResponse one(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        return ReservationResponse.of(viewing.one(new ReservationId(id), caller(token), Callers.isAdmin(token)));
    }

    /** 200 when cancelled and refunded; 202 when the refund is pending because payment cannot be reached. */
    @PostMapping("/{id}/cancel")
    ResponseEntity<ReservationResponse> cancel(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        var reservation = cancelling.cancel(new ReservationId(id), caller(token));
        var status = reservation.status() == ReservationStatus.CANCEL_PENDING ? HttpStatus.ACCEPTED : HttpStatus.OK;
        return ResponseEntity.status(status).body(ReservationResponse.of(reservation));
    }

    private static CustomerId caller(Jwt token) {
        return new CustomerId(Callers.customerId(token));
    }
}
