package com.rentcar.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own access rules (which endpoints are public, which need ADMIN). The platform adds
 * them to its filter chain before its final rule: everything else needs a valid token.
 */
@FunctionalInterface
public interface EndpointAccess {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
