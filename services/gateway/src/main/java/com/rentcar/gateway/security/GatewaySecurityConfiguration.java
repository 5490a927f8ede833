package com.rentcar.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtGrantedAuthoritiesConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Who may call what on the gateway: signing up and logging in are open, {@code /api/**} needs a token, the web UI is
 * open. Of Actuator only the health probes are open on the public port; metrics and the rest need an admin's token
 * there, and are open on Actuator's own port ({@link ManagementPort}, Kubernetes only), which only the monitoring
 * namespace reaches.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

    private static final String ROLES_CLAIM = "roles";

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDenied, ManagementPort managementPort) {
        return http
                // bearer tokens only, no cookies: nothing for CSRF to ride on, no session to keep
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(rules -> rules
                        .pathMatchers(HttpMethod.POST, "/api/customers", "/api/auth/login").permitAll()
                        .matchers(managementPort).permitAll()
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .pathMatchers("/actuator", "/actuator/**").hasRole("ADMIN")
                        .pathMatchers("/", "/index.html", "/assets/**", "/favicon.ico").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        // the rest is either static, not exposed, or nothing at all: it should get an honest 404, not a 401
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roles()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .build();
    }

    /** The token's {@code roles} claim ({@code ["ADMIN"]}) as authorities ({@code ROLE_ADMIN}), as in every service. */
    private static ReactiveJwtAuthenticationConverter roles() {
        var roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        var converter = new ReactiveJwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new ReactiveJwtGrantedAuthoritiesConverterAdapter(roles));
        return converter;
    }
}
