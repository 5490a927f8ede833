package com.rentcar.mypage.domain;

import java.util.Objects;
import java.util.UUID;

/** The customer's personal information as registered. */
public record CustomerProfile(UUID customerId, String username, String name, String email, String phone) {

    public CustomerProfile {
        Objects.requireNonNull(customerId, "customerId");
    }
}
