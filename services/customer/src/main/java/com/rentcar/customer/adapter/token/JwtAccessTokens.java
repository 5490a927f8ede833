package com.rentcar.customer.adapter.token;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

import com.rentcar.customer.application.AccessToken;
import com.rentcar.customer.application.AccessTokens;
import com.rentcar.customer.domain.Customer;
import com.rentcar.customer.domain.Role;
import com.rentcar.platform.security.Callers;
import com.rentcar.platform.security.SecurityProperties;

/**
 * RS256 JWTs: {@code iss}, {@code sub} = account id, {@code preferred_username}, {@code roles},
 * {@code iat}, {@code exp}, {@code jti}, and the signing key's id in the header.
 */
@Component
class JwtAccessTokens implements AccessTokens {

    private final JwtEncoder encoder;
    private final SigningKey key;
    private final JwtProperties properties;
    private final SecurityProperties security;
    private final Clock clock;

    JwtAccessTokens(JwtEncoder encoder, SigningKey key, JwtProperties properties, SecurityProperties security,
            Clock clock) {
        this.encoder = encoder;
        this.key = key;
        this.properties = properties;
        this.security = security;
        this.clock = clock;
    }

    @Override
    public AccessToken issueFor(Customer account) {
        var now = clock.instant();
        var lifetime = properties.lifetime();
        var claims = JwtClaimsSet.builder()
                .issuer(security.issuer())
                .subject(account.id().toString())
                .claim(Callers.USERNAME_CLAIM, account.username().value())
                .claim(Callers.ROLES_CLAIM, account.roles().stream().map(Role::name).toList())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .id(UUID.randomUUID().toString())
                .build();
        var header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.keyId()).type("JWT").build();
        var token = encoder.encode(JwtEncoderParameters.from(header, claims));
        return new AccessToken(token.getTokenValue(), lifetime);
    }
}
