package com.rentcar.shared.tracing;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Exports finished spans to the service's own log, one line each ({@code rentcar.tracing.log-spans=true}): a trace
 * can be followed with grep when no collector is reachable. In production spans go to an OTLP collector instead
 * ({@code MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT}).
 */
public final class SpanLog implements SpanExporter {

    private static final Logger log = LoggerFactory.getLogger("rentcar.spans");

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        for (var span : spans) {
            var parent = span.getParentSpanContext();
            log.info("span trace={} span={} parent={} kind={} name=\"{}\" {} ms{}", span.getTraceId(), span.getSpanId(),
                    parent.isValid() ? parent.getSpanId() : "-", span.getKind(), span.getName(),
                    TimeUnit.NANOSECONDS.toMillis(span.getEndEpochNanos() - span.getStartEpochNanos()),
                    span.getStatus().getStatusCode() == io.opentelemetry.api.trace.StatusCode.ERROR ? " ERROR" : "");
        }
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
