package com.rentcar.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the system once for every end-to-end test class in the run ({@code ./rentcar up --detach}) and
 * stops it ({@code ./rentcar down}) when the run ends: one start-up instead of one per class.
 */
final class RunningSystem implements BeforeAllCallback {

    static final RentCarSystem SYSTEM = new RentCarSystem();

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(RunningSystem.class, key -> {
                    try {
                        SYSTEM.rentcar("up", "--detach");
                    } catch (AssertionError notUp) {
                        try {
                            SYSTEM.rentcar("down"); // what did start must not outlive the test run
                        } catch (AssertionError notDown) {
                            notUp.addSuppressed(notDown);
                        }
                        throw notUp;
                    }
                    return (AutoCloseable) () -> SYSTEM.rentcar("down");
                }, AutoCloseable.class);
    }
}
