package com.rentcar.customer.adapter.token;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads and writes RSA keys as PEM text: PKCS#8 for the private key, X.509 SubjectPublicKeyInfo for the public. */
final class PemKeys {

    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private PemKeys() {
    }

    static RSAPrivateCrtKey readPrivate(String pem, String source) {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new SigningKeyUnavailable(source + " is a PKCS#1 key; convert it to PKCS#8 with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in key.pem'");
        }
        try {
            var key = rsa().generatePrivate(new PKCS8EncodedKeySpec(body(pem, PRIVATE, source)));
            if (key instanceof RSAPrivateCrtKey crt) {
                return crt;
            }
            throw new SigningKeyUnavailable(source + " must be an RSA private key with its CRT parameters");
        } catch (GeneralSecurityException e) {
            throw new SigningKeyUnavailable(source + " is not a readable RSA private key: " + e.getMessage(), e);
        }
    }

    static RSAPublicKey readPublic(String pem, String source) {
        try {
            return (RSAPublicKey) rsa().generatePublic(new X509EncodedKeySpec(body(pem, PUBLIC, source)));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new SigningKeyUnavailable(source + " is not a readable RSA public key: " + e.getMessage(), e);
        }
    }

    static RSAPublicKey publicHalfOf(RSAPrivateCrtKey key) {
        try {
            return (RSAPublicKey) rsa().generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the public key", e);
        }
    }

    static String writePrivate(RSAPrivateCrtKey key) {
        return write(PRIVATE, key.getEncoded());
    }

    static String writePublic(RSAPublicKey key) {
        return write(PUBLIC, key.getEncoded());
    }

    private static String write(String label, byte[] der) {
        var base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n";
    }

    private static byte[] body(String pem, String label, String source) {
        // environment variables sometimes carry the line breaks as the two characters \n
        var text = pem.replace("\\n", "\n").strip();
        var begin = "-----BEGIN " + label + "-----";
        var end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new SigningKeyUnavailable(source + " must be PEM text between '" + begin + "' and '" + end + "'");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new SigningKeyUnavailable(source + " is not valid PEM: " + e.getMessage(), e);
        }
    }

    private static KeyFactory rsa() throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA");
    }
}
