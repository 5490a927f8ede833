package com.rentcar.drills;

/**
 * One repeatable proof of a promise (SPEC §6) against a running system: it provokes the fault, the
 * redelivery, the race or the hostile input, then checks the stores, the topics and the answers.
 */
public interface Drill {

    /** The name {@code ./rentcar drill NAME} knows it by, e.g. {@code payment-down}. */
    String name();

    /** The promise it proves, in one line. */
    String promise();

    /**
     * Runs the drill. A drill leaves the system as it found it: every component it stopped is started again and
     * the simulated payment provider is back to {@code NORMAL}, whatever the outcome.
     *
     * @return PASS with the figure that proves the promise, or FAIL with what happened instead
     */
    Outcome run(SystemUnderTest system) throws Exception;
}
