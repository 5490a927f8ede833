package com.rentcar.drills;

/** A check inside a drill did not hold; its message is what {@code ./rentcar drill} reports after FAIL. */
public class DrillFailed extends RuntimeException {

    public DrillFailed(String whatHappened) {
        super(whatHappened);
    }

    public DrillFailed(String whatHappened, Throwable cause) {
        super(whatHappened, cause);
    }

    /** Fails the drill with {@code whatHappened} unless {@code condition} holds. */
    public static void check(boolean condition, String whatHappened, Object... args) {
        if (!condition) {
            throw new DrillFailed(args.length == 0 ? whatHappened : whatHappened.formatted(args));
        }
    }
}
