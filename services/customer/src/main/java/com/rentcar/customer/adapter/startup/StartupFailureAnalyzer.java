package com.rentcar.customer.adapter.startup;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import com.rentcar.customer.adapter.token.SigningKeyUnavailable;
import com.rentcar.customer.application.AdminPasswordMissing;

/** Turns a start that lacks its signing key or its admin password into one clear message instead of a stack trace. */
public class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SigningKeyUnavailable) {
                return new FailureAnalysis(cause.getMessage(),
                        "Give the customer service its signing key: " + SigningKeyUnavailable.HOW_TO_CONFIGURE + ".",
                        cause);
            }
            if (cause instanceof AdminPasswordMissing) {
                return new FailureAnalysis(cause.getMessage(),
                        "Set RENTCAR_ADMIN_INITIAL_PASSWORD to the password the admin account starts with "
                                + "(the 'local' profile uses 'admin').", cause);
            }
        }
        return null;
    }
}
