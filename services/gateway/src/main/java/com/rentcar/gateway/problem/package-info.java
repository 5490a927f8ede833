/**
 * Every response the gateway itself produces on failure is an RFC 9457 problem
 * ({@code application/problem+json}); Boot's default error handling is switched off so nothing else leaks.
 */
package com.rentcar.gateway.problem;
