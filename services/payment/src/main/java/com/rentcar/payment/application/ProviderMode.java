package com.rentcar.payment.application;

/** How the simulated provider behaves, switched at run time for drills and benchmarks. */
public enum ProviderMode {

    /** Approves every charge and refund at once. */
    NORMAL,
    /** Declines every charge (refunds still go through). */
    DECLINING,
    /** Answers nothing: every call fails as unavailable, so payment answers 503 with Retry-After. */
    FAILING,
    /** Waits the configured delay before every answer, then approves. */
    SLOW
}
