package com.rentcar.customer.adapter.token;

/** The service cannot sign tokens: no key is configured, or the configured one cannot be used. */
public class SigningKeyUnavailable extends RuntimeException {

    public static final String HOW_TO_CONFIGURE = "set RENTCAR_JWT_PRIVATE_KEY and RENTCAR_JWT_PUBLIC_KEY "
            + "(PEM texts of one RSA key pair, production) or RENTCAR_JWT_KEY_DIR (a directory where a key pair "
            + "is generated on first start and reused after, local)";

    public SigningKeyUnavailable(String reason) {
        super(reason);
    }

    public SigningKeyUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
