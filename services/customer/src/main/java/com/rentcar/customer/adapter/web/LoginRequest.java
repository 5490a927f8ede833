package com.rentcar.customer.adapter.web;

import jakarta.validation.constraints.NotBlank;

/** {@code POST /api/auth/login}. */
record LoginRequest(
        @NotBlank(message = "is required") String username,
        @NotBlank(message = "is required") String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]";
    }
}
