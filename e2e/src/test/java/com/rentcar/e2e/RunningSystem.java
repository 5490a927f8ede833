package com.rentcar.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the system once for every end-to-end test class in the run ({@code ./rentcar up --detach --tracing}) and
 * stops it ({@code ./rentcar down}) when the run ends: one start-up instead of one per class. With
 * {@code -Drentcar.e2e.attach=true} (and {@code -Drentcar.e2e.home=...}) the tests use a system already running
 * on that port offset and leave it running, for iterating on a test without waiting for a start each time. Each
 * test class first checks that every component still runs.
 */
public final class RunningSystem implements BeforeAllCallback {

    public static final RentCarSystem SYSTEM = new RentCarSystem();

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!RentCarSystem.ATTACH) {
            startOnce(context);
        }
        SYSTEM.assertEveryComponentRuns();
    }

    private static void startOnce(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(RunningSystem.class, key -> {
                    try {
                        // --tracing: every finished span is a log line too, so a test can follow one trace through the logs
                        SYSTEM.rentcar("up", "--detach", "--tracing");
                    } catch (AssertionError notUp) {
                        try {
                            SYSTEM.rentcar("down"); // what did start must not outlive the run (nor hold its ports for the next one)
                        } catch (AssertionError notDown) {
                            notUp.addSuppressed(notDown);
                        }
                        throw notUp;
                    }
                    return (AutoCloseable) () -> SYSTEM.rentcar("down");
                }, AutoCloseable.class);
    }
}
