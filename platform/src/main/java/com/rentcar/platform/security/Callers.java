package com.rentcar.platform.security;

import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

/** Reads who is calling from a verified token: {@code sub} is the customer id, {@code roles} the roles. */
public final class Callers {

    public static final String ROLES_CLAIM = "roles";
    public static final String USERNAME_CLAIM = "preferred_username";

    private Callers() {
    }

    public static UUID customerId(Jwt token) {
        return UUID.fromString(token.getSubject());
    }

    public static boolean isAdmin(Jwt token) {
        var roles = token.getClaimAsStringList(ROLES_CLAIM);
        return roles != null && roles.contains("ADMIN");
    }
}
