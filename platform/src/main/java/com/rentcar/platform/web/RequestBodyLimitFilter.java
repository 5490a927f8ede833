package com.rentcar.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than any legitimate one before it is read: a 413 instead of parsing
 * megabytes of JSON. Bodies without a declared length are bounded by the field limits of each request.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final DataSize limit;

    public RequestBodyLimitFilter(DataSize limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit.toBytes()) {
            ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is " + request.getContentLengthLong() + " bytes; at most " + limit.toBytes()
                            + " bytes are accepted", request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }
}
