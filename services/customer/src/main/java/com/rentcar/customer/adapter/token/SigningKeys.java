package com.rentcar.customer.adapter.token;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the signing key: PEM texts from the environment when given (production), else a key pair in
 * a directory, generated there once on first start (local); no key at all stops the start.
 */
final class SigningKeys {

    static final String PRIVATE_FILE = "access-token-private.pem";
    static final String PUBLIC_FILE = "access-token-public.pem";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    static SigningKey load(JwtProperties properties) {
        if (properties.hasPemKeys()) {
            return fromPem(properties.privateKey(), properties.publicKey());
        }
        if (properties.hasKeyDir()) {
            return fromDirectory(Path.of(properties.keyDir()));
        }
        throw new SigningKeyUnavailable("No key to sign access tokens with: " + SigningKeyUnavailable.HOW_TO_CONFIGURE);
    }

    static SigningKey fromPem(String privatePem, String publicPem) {
        if (privatePem == null || privatePem.isBlank() || publicPem == null || publicPem.isBlank()) {
            throw new SigningKeyUnavailable("RENTCAR_JWT_PRIVATE_KEY and RENTCAR_JWT_PUBLIC_KEY must be set together");
        }
        try {
            return new SigningKey(PemKeys.readPublic(publicPem, "RENTCAR_JWT_PUBLIC_KEY"),
                    PemKeys.readPrivate(privatePem, "RENTCAR_JWT_PRIVATE_KEY"));
        } catch (SigningKeyUnavailable e) {
            throw new SigningKeyUnavailable("Cannot use the configured signing key: " + e.getMessage(), e);
        }
    }

    /** Reads the key pair kept in {@code directory}, generating and writing it first if there is none. */
    static SigningKey fromDirectory(Path directory) {
        var privateFile = directory.resolve(PRIVATE_FILE);
        try {
            Files.createDirectories(directory);
            if (!Files.exists(privateFile)) {
                generateInto(directory, privateFile);
            }
            var privateKey = PemKeys.readPrivate(Files.readString(privateFile, US_ASCII), privateFile.toString());
            var publicKey = PemKeys.publicHalfOf(privateKey);
            var publicFile = directory.resolve(PUBLIC_FILE);
            if (!Files.exists(publicFile)) {
                writeAtomically(directory, publicFile, PemKeys.writePublic(publicKey), false);
            }
            return new SigningKey(publicKey, privateKey);
        } catch (IOException e) {
            throw new SigningKeyUnavailable("Cannot read or write the signing key in " + directory.toAbsolutePath()
                    + " (RENTCAR_JWT_KEY_DIR): " + e.getMessage(), e);
        }
    }

    private static void generateInto(Path directory, Path privateFile) throws IOException {
        RSAPrivateCrtKey key;
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(SigningKey.MIN_BITS);
            key = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
        if (writeAtomically(directory, privateFile, PemKeys.writePrivate(key), true)) {
            log.info("Generated a new RSA key pair for access tokens in {}", directory.toAbsolutePath());
        }
    }

    /**
     * Writes {@code content} to a temporary file, then links it into place only if {@code target}
     * does not exist yet: a reader never sees half a key, and of two instances starting at once the
     * first one's key wins.
     *
     * @return false when another process had already written {@code target}
     */
    private static boolean writeAtomically(Path directory, Path target, String content, boolean secret)
            throws IOException {
        var temporary = Files.createTempFile(directory, ".key-", ".tmp", permissions(secret));
        try {
            Files.writeString(temporary, content, US_ASCII);
            Files.createLink(target, temporary);
            return true;
        } catch (FileAlreadyExistsException anotherProcessWasFaster) {
            return false;
        } catch (UnsupportedOperationException noHardLinks) {
            Files.move(temporary, target);
            return true;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] permissions(boolean secret) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                secret ? OWNER_ONLY : PosixFilePermissions.fromString("rw-r--r--"))};
    }
}
