package com.rentcar.reservation.adapter.payment;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.loadbalancer.BlockingLoadBalancerInterceptor;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.rentcar.reservation.application.Payments;
import com.rentcar.reservation.domain.PaymentId;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

/**
 * Payment's HTTP API: {@code POST /api/payments}, {@code GET /api/payments/by-key/{key}},
 * {@code POST /api/payments/{id}/cancel}, each call to the next of payment's instances (round robin, see
 * {@link PaymentInstances}). Each call goes through the {@code payment} circuit breaker; every
 * failure (timeout, refused connection, 5xx, 429, no token) counts against it and is answered by the
 * fallback at once, and while the breaker is open payment is not called at all. Approvals also pass the
 * {@code payment} bulkhead: only so many are in flight at once, the others wait for a turn before their call's
 * timeout starts, so a burst queues here instead of making every call slow at payment.
 *
 * <p>The breaker and the bulkhead wrap each call in code ({@link PaymentBreaker}) rather than through
 * Resilience4j's annotations: their AspectJ pointcuts were matched against every bean of the context at
 * start-up, a fifth of this service's start-up CPU.
 */
@Component
public class HttpPayments implements Payments {

    private static final Logger log = LoggerFactory.getLogger(HttpPayments.class);

    private final RestClient payment;
    private final ServiceTokens tokens;
    private final PaymentBreaker breaker;

    HttpPayments(RestClient.Builder builder, BlockingLoadBalancerInterceptor loadBalancer, PaymentClientSettings settings,
            ServiceTokens tokens, PaymentBreaker breaker) {
        this.payment = OutgoingHttp.balanced(builder, PaymentInstances.SERVICE_ID, settings, loadBalancer);
        this.tokens = tokens;
        this.breaker = breaker;
    }

    @Override
    public ApprovalResult approve(PaymentCharge charge) {
        return breaker.callWithinBulkhead(() -> requestApproval(charge), failure -> approvalNotReached(charge, failure));
    }

    private ApprovalResult requestApproval(PaymentCharge charge) {
        var request = new ApprovePayment(charge.idempotencyKey(), charge.reservationId().value(),
                charge.customerId().value(), charge.carId().value(), charge.amount().won());
        var answer = send(token -> payment.post().uri("/api/payments")
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)).orElseThrow(() -> PaymentCallFailed.answered(404));
        return switch (answer.status()) {
            case "APPROVED" -> new Approved(answer.id());
            case "DECLINED" -> new Declined(answer.reason());
            default -> throw PaymentCallFailed.unreadable("status " + answer.status() + " after approval");
        };
    }

    @Override
    public LookupResult findByKey(String idempotencyKey) {
        return breaker.call(() -> lookUp(idempotencyKey), failure -> lookupNotReached(idempotencyKey, failure));
    }

    private LookupResult lookUp(String idempotencyKey) {
        return send(token -> payment.get().uri("/api/payments/by-key/{key}", idempotencyKey)
                .headers(h -> h.setBearerAuth(token)))
                .<LookupResult>map(found -> new Found(found.id(), status(found)))
                .orElseGet(NotFound::new);
    }

    @Override
    public CancellationResult cancel(PaymentId id) {
        return breaker.call(() -> requestCancellation(id), failure -> cancellationNotReached(id, failure));
    }

    private CancellationResult requestCancellation(PaymentId id) {
        var answer = send(token -> payment.post().uri("/api/payments/{id}/cancel", id.value())
                .headers(h -> h.setBearerAuth(token)));
        if (answer.isEmpty()) {
            log.warn("Payment {} is unknown to payment; there is nothing to refund", id);
            return new Cancelled();
        }
        if (!"CANCELLED".equals(answer.get().status())) {
            throw PaymentCallFailed.unreadable("status " + answer.get().status() + " after cancel");
        }
        return new Cancelled();
    }

    @Override
    public Optional<Duration> knownUnreachable() {
        return breaker.isOpen() ? Optional.of(breaker.retryAfter()) : Optional.empty();
    }

    private ApprovalResult approvalNotReached(PaymentCharge charge, Throwable failure) {
        report("approve " + charge.idempotencyKey(), failure);
        return outcomeUnknown(failure) ? new OutcomeUnknown(breaker.retryAfter()) : new Unreachable(breaker.retryAfter());
    }

    private LookupResult lookupNotReached(String idempotencyKey, Throwable failure) {
        report("look up " + idempotencyKey, failure);
        return new Unreachable(breaker.retryAfter());
    }

    private CancellationResult cancellationNotReached(PaymentId id, Throwable failure) {
        report("cancel " + id, failure);
        return new Unreachable(breaker.retryAfter());
    }

    /**
     * Sends a request with a service token; a refused token is renewed once.
     *
     * @return payment's answer, or empty when payment answered 404
     */
    private Optional<PaymentAnswer> send(Function<String, RestClient.RequestHeadersSpec<?>> request) {
        for (int attempt = 1;; attempt++) {
            var token = tokens.bearer();
            Reply reply = request.apply(token).exchange((req, response) -> {
                int status = response.getStatusCode().value();
                if (response.getStatusCode().is2xxSuccessful()) {
                    var body = response.bodyTo(PaymentAnswer.class);
                    if (body == null || body.paymentId() == null || body.status() == null) {
                        throw PaymentCallFailed.unreadable("no paymentId or status");
                    }
                    return new Reply(Optional.of(body), false);
                }
                if (status == 404) {
                    return new Reply(Optional.empty(), false);
                }
                if (status == 401) {
                    return new Reply(Optional.empty(), true);
                }
                throw PaymentCallFailed.answered(status);
            });
            if (!reply.tokenRefused()) {
                return reply.answer();
            }
            tokens.forget(token);
            if (attempt == 2) {
                throw PaymentCallFailed.tokenRefused();
            }
        }
    }

    private record Reply(Optional<PaymentAnswer> answer, boolean tokenRefused) {
    }

    private static PaymentStatus status(PaymentAnswer answer) {
        try {
            return PaymentStatus.valueOf(answer.status());
        } catch (IllegalArgumentException e) {
            throw PaymentCallFailed.unreadable("status " + answer.status());
        }
    }

    /** Whether payment may have acted although no answer came back: the request left, then the call broke. */
    static boolean outcomeUnknown(Throwable failure) {
        if (failure instanceof CallNotPermittedException || failure instanceof BulkheadFullException
                || failure instanceof ServiceTokens.ServiceLoginFailed) {
            return false;
        }
        if (failure instanceof PaymentCallFailed failed) {
            return failed.outcomeUnknown();
        }
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                    || cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return false;
            }
        }
        return true;
    }

    private static void report(String call, Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            log.debug("Payment not called ({}): the circuit breaker is open", call);
        } else {
            log.warn("Payment call failed ({}): {}", call, failure.toString());
        }
    }

    record ApprovePayment(String idempotencyKey, UUID reservationId, UUID customerId, UUID carId, long amount) {
    }

    /** What this adapter reads of payment's answers (other fields are ignored). */
    record PaymentAnswer(UUID paymentId, String status, String reason) {

        PaymentId id() {
            return new PaymentId(paymentId);
        }
    }
}
