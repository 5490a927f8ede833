package com.rentcar.mypage.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The customer signed up: the page's personal information. */
public record CustomerRegistered(CustomerProfile profile, Instant occurredAt) implements CustomerActivity {

    public CustomerRegistered {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public UUID customerId() {
        return profile.customerId();
    }
}
