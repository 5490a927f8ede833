package com.rentcar.platform.events;

/**
 * A message that breaks the event contract. Retrying cannot fix it, so it goes straight to the
 * dead-letter topic with this message as the reason.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String reason) {
        super(reason);
    }

    public MalformedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
