package com.rentcar.platform.events;

/**
 * An event that cannot be applied yet because an earlier event it depends on travels on another partition (or
 * topic) and has not been applied here so far; say, a car's new rental whose previous rental's cancellation is still
 * on its way. It is not broken: the platform's error handler retries it, with back-off, for as long as it takes, and
 * never sends it to the dead-letter topic, where it would be lost to the business.
 */
public class EventArrivedEarly extends RuntimeException {

    public EventArrivedEarly(String whatIsAwaited, Throwable cause) {
        super(whatIsAwaited, cause);
    }
}
