package com.rentcar.customer.adapter.token;

import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The RSA key pair that signs access tokens, identified by its JWK thumbprint ({@code kid}). Only the
 * public half ever leaves the service, as the JWK set every verifier fetches.
 */
public final class SigningKey {

    static final int MIN_BITS = 2048;

    private final RSAKey jwk;

    SigningKey(RSAPublicKey publicKey, RSAPrivateCrtKey privateKey) {
        if (publicKey.getModulus().bitLength() < MIN_BITS) {
            throw new SigningKeyUnavailable("the signing key has " + publicKey.getModulus().bitLength()
                    + " bits; at least " + MIN_BITS + " are required");
        }
        if (!publicKey.getModulus().equals(privateKey.getModulus())
                || !publicKey.getPublicExponent().equals(privateKey.getPublicExponent())) {
            throw new SigningKeyUnavailable("the public key is not the public half of the private key");
        }
        try {
            jwk = new RSAKey.Builder(publicKey)
                    .privateKey(privateKey)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint()
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the key's thumbprint", e);
        }
    }

    /** The key id tokens carry in their header. */
    public String keyId() {
        return jwk.getKeyID();
    }

    public RSAPublicKey publicKey() {
        try {
            return jwk.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWK set with the public key only, as served at {@code /.well-known/jwks.json}. */
    public Map<String, Object> publicJwkSet() {
        return new JWKSet(jwk.toPublicJWK()).toJSONObject(true);
    }

    JWKSet privateJwkSet() {
        return new JWKSet(jwk);
    }
}
