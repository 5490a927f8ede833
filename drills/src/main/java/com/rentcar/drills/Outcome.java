package com.rentcar.drills;

/** What a drill found: PASS with its figure, or FAIL with what happened. */
public record Outcome(boolean passed, String text) {

    public static Outcome pass(String figure) {
        return new Outcome(true, figure);
    }

    public static Outcome fail(String whatHappened) {
        return new Outcome(false, whatHappened);
    }

    /** The line {@code ./rentcar drill} prints: {@code PASS name — figure} or {@code FAIL name — what happened}. */
    public String line(String drill) {
        return (passed ? "PASS " : "FAIL ") + drill + " — " + text;
    }
}
