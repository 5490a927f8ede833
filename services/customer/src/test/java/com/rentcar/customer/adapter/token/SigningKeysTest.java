package com.rentcar.customer.adapter.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path directory;

    @Test
    void a_key_pair_is_generated_on_first_start_and_the_same_one_is_used_after() throws Exception {
        var first = SigningKeys.fromDirectory(directory.resolve("keys"));
        var second = SigningKeys.fromDirectory(directory.resolve("keys"));

        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.publicKey()).isEqualTo(first.publicKey());
        assertThat(first.publicKey().getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void the_private_key_file_is_readable_by_its_owner_only() throws Exception {
        SigningKeys.fromDirectory(directory);

        var privateKey = directory.resolve(SigningKeys.PRIVATE_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey))).isEqualTo("rw-------");
        assertThat(Files.readString(directory.resolve(SigningKeys.PUBLIC_FILE))).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(Files.list(directory)).hasSize(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_key_id_is_the_key_thumbprint_and_only_the_public_half_is_published() throws Exception {
        var key = SigningKeys.fromDirectory(directory);

        var keys = (java.util.List<java.util.Map<String, Object>>) key.publicJwkSet().get("keys");
        assertThat(keys).singleElement().satisfies(jwk -> {
            assertThat(jwk).containsEntry("kid", key.keyId()).containsEntry("alg", "RS256")
                    .containsEntry("use", "sig").containsEntry("kty", "RSA");
            assertThat(jwk).containsOnlyKeys("kty", "e", "n", "kid", "alg", "use");
        });
        assertThat(key.keyId()).isEqualTo(new com.nimbusds.jose.jwk.RSAKey.Builder(key.publicKey()).build()
                .computeThumbprint().toString());
    }

    @Test
    void pem_keys_from_the_environment_are_used_as_given() throws Exception {
        var pair = rsaPair(2048);
        var privatePem = PemKeys.writePrivate(pair.privateKey());
        var publicPem = PemKeys.writePublic(pair.publicKey());

        var key = SigningKeys.load(new JwtProperties(privatePem, publicPem, null, Duration.ofMinutes(30)));
        var escaped = SigningKeys.fromPem(privatePem.replace("\n", "\\n"), publicPem.replace("\n", "\\n"));

        assertThat(key.publicKey()).isEqualTo(pair.publicKey());
        assertThat(escaped.keyId()).isEqualTo(key.keyId());
    }

    @Test
    void pem_keys_take_precedence_over_a_key_directory() throws Exception {
        var pair = rsaPair(2048);

        var key = SigningKeys.load(new JwtProperties(PemKeys.writePrivate(pair.privateKey()),
                PemKeys.writePublic(pair.publicKey()), directory.toString(), Duration.ofMinutes(30)));

        assertThat(key.publicKey()).isEqualTo(pair.publicKey());
        assertThat(Files.list(directory)).isEmpty();
    }

    @Test
    void halves_of_two_different_keys_are_refused() throws Exception {
        var one = rsaPair(2048);
        var other = rsaPair(2048);

        assertThatThrownBy(() -> SigningKeys.fromPem(PemKeys.writePrivate(one.privateKey()),
                PemKeys.writePublic(other.publicKey()))).hasMessageContaining("not the public half");
    }

    @Test
    void a_key_shorter_than_2048_bits_is_refused() throws Exception {
        var weak = rsaPair(1024);

        assertThatThrownBy(() -> SigningKeys.fromPem(PemKeys.writePrivate(weak.privateKey()),
                PemKeys.writePublic(weak.publicKey()))).hasMessageContaining("at least 2048");
    }

    @Test
    void only_one_half_in_the_environment_is_refused() throws Exception {
        var pair = rsaPair(2048);

        assertThatThrownBy(() -> SigningKeys.load(new JwtProperties(PemKeys.writePrivate(pair.privateKey()), null,
                directory.toString(), Duration.ofMinutes(30))))
                .hasMessageContaining("RENTCAR_JWT_PRIVATE_KEY and RENTCAR_JWT_PUBLIC_KEY must be set together");
    }

    @Test
    void text_that_is_not_a_pem_key_is_refused_naming_the_variable() {
        assertThatThrownBy(() -> SigningKeys.fromPem("not a key", "not a key either"))
                .isInstanceOf(SigningKeyUnavailable.class).hasMessageContaining("RENTCAR_JWT_PUBLIC_KEY");
        assertThatThrownBy(() -> SigningKeys.fromPem("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----",
                "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
                .isInstanceOf(SigningKeyUnavailable.class);
    }

    @Test
    void without_any_key_configured_the_start_fails_saying_which_variables_to_set() {
        assertThatThrownBy(() -> SigningKeys.load(new JwtProperties(null, " ", "", Duration.ofMinutes(30))))
                .isInstanceOf(SigningKeyUnavailable.class)
                .hasMessageContaining("RENTCAR_JWT_PRIVATE_KEY")
                .hasMessageContaining("RENTCAR_JWT_PUBLIC_KEY")
                .hasMessageContaining("RENTCAR_JWT_KEY_DIR");
    }

    private record Pair(RSAPublicKey publicKey, RSAPrivateCrtKey privateKey) {
    }

    private static Pair rsaPair(int bits) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        var pair = generator.generateKeyPair();
        return new Pair((RSAPublicKey) pair.getPublic(), (RSAPrivateCrtKey) pair.getPrivate());
    }
}
