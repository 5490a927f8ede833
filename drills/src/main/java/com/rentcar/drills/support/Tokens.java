package com.rentcar.drills.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

import com.rentcar.drills.DrillFailed;

/**
 * Tokens an attacker would try: a real one with its claims edited, one signed by a key of their own, one with
 * {@code alg: none}; and, signed with the system's own key (read from its key directory, as only someone on the
 * machine could), one that expired and one from another issuer, to show those checks are made too.
 */
public final class Tokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

    private Tokens() {
    }

    /** The claims of a real token changed to {@code roles: [ADMIN]} and {@code sub}, its signature kept. */
    public static String tampered(String realToken, String subject) {
        var parts = realToken.split("\\.");
        var claims = (ObjectNode) Http.JSON.readTree(URL_DECODER.decode(parts[1]));
        claims.put("sub", subject);
        claims.putArray("roles").add("ADMIN");
        return parts[0] + "." + encode(claims.toString()) + "." + parts[2];
    }

    /** A well-formed RS256 token for {@code subject} as ADMIN, signed with a key the system never saw. */
    public static String signedByStranger(String subject) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(generator.generateKeyPair().getPrivate(), "stranger-key", claims(subject, List.of("ADMIN"),
                    "rentcar", Instant.now().plusSeconds(600)));
        } catch (GeneralSecurityException e) {
            throw new DrillFailed("cannot make an RSA key: " + e, e);
        }
    }

    /** The header says {@code alg: none} and there is no signature. */
    public static String unsigned(String subject) {
        var header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        return encode(header) + "." + encode(claims(subject, List.of("ADMIN"), "rentcar", Instant.now().plusSeconds(600)))
                + ".";
    }

    /** Signed with the system's own key, but expired an hour ago; empty when the key cannot be read. */
    public static Optional<String> expired(Path keyDirectory, String subject, String keyId) {
        return systemKey(keyDirectory).map(key -> sign(key, keyId,
                claims(subject, List.of("CUSTOMER"), "rentcar", Instant.now().minusSeconds(3600))));
    }

    /** Signed with the system's own key, valid, but issued by someone else; empty when the key cannot be read. */
    public static Optional<String> wrongIssuer(Path keyDirectory, String subject, String keyId) {
        return systemKey(keyDirectory).map(key -> sign(key, keyId,
                claims(subject, List.of("ADMIN"), "somebody-else", Instant.now().plusSeconds(600))));
    }

    /** The {@code kid} in a real token's header. */
    public static String keyId(String realToken) {
        var header = Http.JSON.readTree(URL_DECODER.decode(realToken.split("\\.")[0]));
        var kid = header.get("kid");
        return kid == null ? null : kid.asString();
    }

    private static String claims(String subject, List<String> roles, String issuer, Instant expires) {
        var claims = Http.JSON.createObjectNode();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("preferred_username", "mallory");
        var array = claims.putArray("roles");
        roles.forEach(array::add);
        claims.put("iat", expires.minusSeconds(1800).getEpochSecond());
        claims.put("exp", expires.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return claims.toString();
    }

    private static String sign(PrivateKey key, String keyId, String claims) {
        var header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"" + (keyId == null ? "" : ",\"kid\":\"" + keyId + "\"") + "}";
        var signingInput = encode(header) + "." + encode(claims);
        try {
            var signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new DrillFailed("cannot sign a token: " + e, e);
        }
    }

    private static Optional<PrivateKey> systemKey(Path keyDirectory) {
        var file = keyDirectory.resolve("access-token-private.pem");
        try {
            var pem = Files.readString(file, StandardCharsets.US_ASCII);
            if (!pem.contains("BEGIN PRIVATE KEY")) {
                return Optional.empty();
            }
            var base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            var spec = new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64));
            return Optional.of(KeyFactory.getInstance("RSA").generatePrivate(spec));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
