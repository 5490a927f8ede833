package com.rentcar.rental.application;

import com.rentcar.rental.domain.RentalEvent;

/** Hands a rental's events over for publication; must be called inside the transaction that made the change. */
public interface RentalEventPublisher {

    void publish(RentalEvent event);
}
