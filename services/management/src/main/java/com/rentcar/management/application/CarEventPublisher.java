package com.rentcar.management.application;

import com.rentcar.management.domain.CarEvent;

/** Hands a car's events over for publication; must be called inside the transaction that made the change. */
public interface CarEventPublisher {

    void publish(CarEvent event);
}
