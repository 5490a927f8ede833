package com.rentcar.rental.adapter.messaging;

import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.rentcar.platform.events.EventEnvelope;
import com.rentcar.platform.events.EventEnvelopes;
import com.rentcar.platform.events.MalformedEventException;
import com.rentcar.platform.inbox.ProcessedEvents;
import com.rentcar.rental.application.CancellingRental;
import com.rentcar.rental.application.StartingRental;
import com.rentcar.rental.domain.CarId;
import com.rentcar.rental.domain.CarStillRented;
import com.rentcar.rental.domain.CustomerId;
import com.rentcar.rental.domain.PaidReservation;
import com.rentcar.rental.domain.PaymentId;
import com.rentcar.rental.domain.ReservationId;

/**
 * Follows payment's {@code payment-events} (schema major 1): {@code PaymentApproved} starts the reservation's
 * rental (FR3), {@code PaymentCancelled} cancels it (FR7). Each event is applied once (processed-event log);
 * a message that breaks the contract goes to {@code payment-events.DLT}; other event types are skipped. An approval
 * for a car whose earlier rental has not ended here yet waits for it (see {@link StartingRental}) without holding
 * up its partition; one that races another approval for the car is retried by the platform's error handler.
 */
@Component
class PaymentEventsListener {

    static final String CONSUMER = "rental.payment-events";
    static final String GROUP = "rental";
    private static final Logger log = LoggerFactory.getLogger(PaymentEventsListener.class);

    private final EventEnvelopes envelopes;
    private final ProcessedEvents processed;
    private final StartingRental starting;
    private final CancellingRental cancelling;

    PaymentEventsListener(EventEnvelopes envelopes, ProcessedEvents processed, StartingRental starting,
            CancellingRental cancelling) {
        this.envelopes = envelopes;
        this.processed = processed;
        this.starting = starting;
        this.cancelling = cancelling;
    }

    @KafkaListener(topics = RentalEventTopics.PAYMENT_EVENTS, groupId = GROUP)
    void on(String message) {
        var event = envelopes.read(message, Set.of(1));
        switch (event.type()) {
            case "PaymentApproved" -> {
                var paid = paidReservation(event, envelopes.data(event, PaymentV1.class));
                try {
                    processed.handleOnce(CONSUMER, event.id(), () -> starting.paymentApproved(paid));
                } catch (CarStillRented e) {
                    log.warn("{}; PaymentApproved {} will be retried (the earlier rental's cancellation is expected)",
                            e.getMessage(), event.id());
                    throw e;
                }
            }
            case "PaymentCancelled" -> {
                var cancelled = paidReservation(event, envelopes.data(event, PaymentV1.class));
                processed.handleOnce(CONSUMER, event.id(), () -> cancelling.paymentCancelled(cancelled));
            }
            default -> log.debug("Skipping {} {} on {}: rental does not follow it", event.type(), event.id(),
                    RentalEventTopics.PAYMENT_EVENTS);
        }
    }

    private static PaidReservation paidReservation(EventEnvelope event, PaymentV1 payment) {
        if (payment.paymentId() == null || payment.reservationId() == null || payment.customerId() == null
                || payment.carId() == null) {
            throw new MalformedEventException(event.type() + " needs paymentId, reservationId, customerId and carId");
        }
        if (!payment.paymentId().toString().equals(event.subject())) {
            throw new MalformedEventException(event.type() + " subject " + event.subject() + " is not its paymentId "
                    + payment.paymentId());
        }
        return new PaidReservation(new ReservationId(payment.reservationId()), new PaymentId(payment.paymentId()),
                new CustomerId(payment.customerId()), new CarId(payment.carId()));
    }

    /**
     * What this consumer reads of {@code PaymentApproved} and {@code PaymentCancelled} 1.x: the ids they share
     * (amount and the time stamps are not needed here and are ignored, like any field a later minor adds).
     */
    record PaymentV1(UUID paymentId, UUID reservationId, UUID customerId, UUID carId) {
    }
}
