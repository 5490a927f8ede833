package com.rentcar.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.rentcar.platform.web.ProblemResponses;

/** 401 and 403 as problem+json, with a detail that tells the caller what to do next. */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String detail = failure instanceof InvalidBearerTokenException
                ? "The bearer token is not valid: " + failure.getMessage() + ". Log in again at POST /api/auth/login."
                : "A bearer token is required: log in at POST /api/auth/login and send 'Authorization: Bearer <token>'.";
        response.setHeader("WWW-Authenticate", failure instanceof InvalidBearerTokenException
                ? "Bearer error=\"invalid_token\"" : "Bearer");
        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, detail, request.getRequestURI());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        ProblemResponses.write(response, HttpStatus.FORBIDDEN,
                "Your account is not allowed to " + request.getMethod() + " " + request.getRequestURI(),
                request.getRequestURI());
    }
}
