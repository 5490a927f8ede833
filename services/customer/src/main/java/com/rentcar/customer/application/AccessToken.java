package com.rentcar.customer.application;

import java.time.Duration;

/** A signed bearer token and how long it stays valid. */
public record AccessToken(String value, Duration expiresIn) {

    @Override
    public String toString() {
        return "AccessToken[expiresIn=" + expiresIn + "]";
    }
}
