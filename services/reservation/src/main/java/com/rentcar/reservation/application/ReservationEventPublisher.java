package com.rentcar.reservation.application;

import com.rentcar.reservation.domain.ReservationEvent;

/** Hands a reservation's events over for publication; must be called inside the transaction that made the change. */
public interface ReservationEventPublisher {

    void publish(ReservationEvent event);
}
