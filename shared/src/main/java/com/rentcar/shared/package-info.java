/**
 * What the services' platform (servlet) and the gateway (reactive) both use and that depends on neither web stack:
 * the span log for {@code ./rentcar up --tracing} and the memory of verified tokens.
 */
package com.rentcar.shared;
