package com.rentcar.customer.application;

import com.rentcar.customer.domain.CustomerEvent;

/** Announces what happened to accounts, committed together with the change (call inside its transaction). */
public interface CustomerEvents {

    void publish(CustomerEvent event);
}
