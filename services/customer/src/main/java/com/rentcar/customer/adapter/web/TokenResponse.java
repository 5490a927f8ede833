package com.rentcar.customer.adapter.web;

import com.rentcar.customer.application.AccessToken;

/** The answer to a successful login; {@code expiresIn} is in seconds. */
record TokenResponse(String accessToken, String tokenType, long expiresIn) {

    static TokenResponse of(AccessToken token) {
        return new TokenResponse(token.value(), "Bearer", token.expiresIn().toSeconds());
    }
}
