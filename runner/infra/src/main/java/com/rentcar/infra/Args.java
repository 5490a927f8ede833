package com.rentcar.infra;

import java.util.HashMap;
import java.util.Map;

/**
 * Tiny option reader shared by the launchers: {@code --name value} (or {@code --name=value}) on the
 * command line wins over the environment variable, which wins over the default.
 */
final class Args {

    private final Map<String, String> options = new HashMap<>();

    Args(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                options.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("missing value for " + arg);
            }
        }
    }

    String get(String option, String envVar, String defaultValue) {
        String value = options.get(option);
        if (value == null || value.isBlank()) {
            value = System.getenv(envVar);
        }
        if (value == null || value.isBlank()) {
            value = defaultValue;
        }
        if (value == null) {
            throw new IllegalArgumentException("--" + option + " (or " + envVar + ") is required");
        }
        return value.trim();
    }

    int getInt(String option, String envVar, int defaultValue) {
        String value = get(option, envVar, Integer.toString(defaultValue));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + option + " must be a number, got: " + value);
        }
    }

    /** Points log4j2 at this module's console configuration unless the caller chose another one. */
    static void useConsoleLogging() {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "rentcar-infra-log4j2.xml");
        }
    }
}
