package com.rentcar.platform.tracing;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Carries a trace across a hand-over that neither HTTP nor Kafka instrumentation sees: the outbox. The request that
 * stages an event records its W3C {@code traceparent}; the relay, on another thread and maybe after a restart,
 * publishes the event inside a span that continues that trace, so the Kafka producer span (and with it the
 * {@code traceparent} header every consumer continues from) belongs to the request that wrote the row.
 */
public final class TraceContexts {

    /** Without tracing (a test context that turns it off) nothing is recorded and nothing is continued. */
    public static final TraceContexts NONE = new TraceContexts(Tracer.NOOP, Propagator.NOOP);

    private static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContexts(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current span's W3C {@code traceparent}, or {@code null} outside a trace. */
    public String currentTraceparent() {
        var span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Opens a span named {@code name} that continues the trace {@code traceparent} names (a new trace when it is
     * {@code null}) and makes it current until the returned handle is closed.
     */
    public Continued continueTrace(String traceparent, String name) {
        Span.Builder builder = traceparent == null ? tracer.spanBuilder()
                : propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get);
        var span = builder.name(name).start();
        var scope = tracer.withSpan(span);
        return new Continued(span, scope);
    }

    /** A continued span, current until closed. */
    public static final class Continued implements AutoCloseable {

        private final Span span;
        private final Tracer.SpanInScope scope;

        private Continued(Span span, Tracer.SpanInScope scope) {
            this.span = span;
            this.scope = scope;
        }

        public Continued tag(String key, String value) {
            span.tag(key, value);
            return this;
        }

        @Override
        public void close() {
            scope.close();
            span.end();
        }
    }
}
