package com.rentcar.bench;

/** The run cannot go on (the system refused the setup, or never got ready); the message says why. */
final class BenchFailed extends RuntimeException {

    BenchFailed(String message) {
        super(message);
    }
}
