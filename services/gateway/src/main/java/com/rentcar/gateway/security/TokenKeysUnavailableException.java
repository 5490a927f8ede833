package com.rentcar.gateway.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The token could not be checked because its keys could not be fetched. An {@link AuthenticationServiceException}
 * so Spring Security treats it as "cannot authenticate now" (rethrown, answered 503) rather than "bad token" (401).
 */
public class TokenKeysUnavailableException extends AuthenticationServiceException {

    public TokenKeysUnavailableException(Throwable cause) {
        super("the token keys could not be fetched: " + rootMessage(cause), cause);
    }

    // the decoder's own message is only "Could not obtain the keys"; the operator needs to know why
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
