/**
 * The token check in front of every protected route.
 *
 * <p>The gateway only establishes who the caller is (a valid RS256 token from the customer service);
 * what the caller may do is decided by the services, which verify the same token again.
 */
package com.rentcar.gateway.security;
