package com.rentcar.mypage.adapter.streams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.rentcar.mypage.adapter.streams.ActivityReading.Accepted;
import com.rentcar.mypage.adapter.streams.ActivityReading.Ignored;
import com.rentcar.mypage.adapter.streams.ActivityReading.Rejected;
import com.rentcar.mypage.domain.Booking;
import com.rentcar.mypage.domain.CustomerActivity;
import com.rentcar.mypage.domain.CustomerProfile;
import com.rentcar.mypage.domain.CustomerRegistered;
import com.rentcar.mypage.domain.PaymentStatus;
import com.rentcar.mypage.domain.RentalStatus;
import com.rentcar.mypage.domain.ReservationChanged;
import com.rentcar.mypage.domain.ReservationStatus;
import com.rentcar.platform.events.EventEnvelope;
import com.rentcar.platform.events.EventEnvelopes;
import com.rentcar.platform.events.MalformedEventException;

/**
 * Reads the event contract (schema major 1) of the four topics My Page follows and says what each event means
 * for a customer's page. Types My Page does not show are ignored; a message that cannot be trusted (unreadable,
 * an envelope attribute missing, an unknown major, a payload without the customer or reservation it is about) is
 * rejected with the reason.
 */
final class CustomerActivityContract {

    static final Set<Integer> ACCEPTED_MAJORS = Set.of(1);
    private static final Logger log = LoggerFactory.getLogger(CustomerActivityContract.class);

    private final EventEnvelopes envelopes;

    CustomerActivityContract(EventEnvelopes envelopes) {
        this.envelopes = envelopes;
    }

    ActivityReading read(String topic, String message) {
        try {
            var event = envelopes.read(message, ACCEPTED_MAJORS);
            return translate(topic, event).<ActivityReading>map(Accepted::new).orElseGet(() -> new Ignored(event.type()));
        } catch (RuntimeException e) {
            // anything a message makes us throw is the message's fault: it must not stop the partition
            log.warn("Rejecting a message on {}: {}", topic, e.getMessage());
            return new Rejected(message, e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    private Optional<CustomerActivity> translate(String topic, EventEnvelope event) {
        return switch (topic) {
            case MyPageTopology.CUSTOMER_EVENTS -> customer(event);
            case MyPageTopology.RESERVATION_EVENTS -> reservation(event);
            case MyPageTopology.PAYMENT_EVENTS -> payment(event);
            case MyPageTopology.RENTAL_EVENTS -> rental(event);
            default -> throw new IllegalArgumentException("My Page does not follow topic " + topic);
        };
    }

    private Optional<CustomerActivity> customer(EventEnvelope event) {
        if (!"CustomerRegistered".equals(event.type())) {
            return Optional.empty();
        }
        var data = envelopes.data(event, CustomerEventV1.class);
        require(event, data.customerId() != null, "customerId");
        var profile = new CustomerProfile(data.customerId(), data.username(), data.name(), data.email(), data.phone());
        return Optional.of(new CustomerRegistered(profile, orWhenSent(data.registeredAt(), event)));
    }

    private Optional<CustomerActivity> reservation(EventEnvelope event) {
        var status = switch (event.type()) {
            case "ReservationConfirmed" -> ReservationStatus.CONFIRMED;
            case "ReservationCancelPending" -> ReservationStatus.CANCEL_PENDING;
            case "ReservationCancelled" -> ReservationStatus.CANCELLED;
            case "ReservationCompleted" -> ReservationStatus.COMPLETED;
            default -> null;
        };
        if (status == null) {
            return Optional.empty();
        }
        var data = envelopes.data(event, ReservationEventV1.class);
        requireCustomerAndReservation(event, data.customerId(), data.reservationId());
        var at = switch (status) {
            case CONFIRMED -> data.confirmedAt();
            case CANCEL_PENDING -> data.requestedAt();
            case CANCELLED -> data.cancelledAt();
            case COMPLETED -> data.completedAt();
        };
        var booking = new Booking(data.carId(), data.plateNumber(), data.model(), data.pickupDate(), data.returnDate(),
                data.amount());
        return Optional.of(ReservationChanged.reservation(data.customerId(), data.reservationId(), booking, status,
                orWhenSent(at, event)));
    }

    private Optional<CustomerActivity> payment(EventEnvelope event) {
        var status = switch (event.type()) {
            case "PaymentApproved" -> PaymentStatus.APPROVED;
            case "PaymentCancelled" -> PaymentStatus.CANCELLED;
            default -> null;
        };
        if (status == null) {
            return Optional.empty();
        }
        var data = envelopes.data(event, PaymentEventV1.class);
        requireCustomerAndReservation(event, data.customerId(), data.reservationId());
        var at = status == PaymentStatus.APPROVED ? data.approvedAt() : data.cancelledAt();
        return Optional.of(ReservationChanged.payment(data.customerId(), data.reservationId(),
                Booking.ofCarCharged(data.carId(), data.amount()), status, orWhenSent(at, event)));
    }

    private Optional<CustomerActivity> rental(EventEnvelope event) {
        var status = switch (event.type()) {
            case "Rented" -> RentalStatus.RENTED;
            case "RentalCancelled" -> RentalStatus.CANCELLED;
            case "CarReturned" -> RentalStatus.RETURNED;
            default -> null;
        };
        if (status == null) {
            return Optional.empty();
        }
        var data = envelopes.data(event, RentalEventV1.class);
        requireCustomerAndReservation(event, data.customerId(), data.reservationId());
        var at = switch (status) {
            case RENTED -> data.rentedAt();
            case CANCELLED -> data.cancelledAt();
            case RETURNED -> data.returnedAt();
        };
        return Optional.of(ReservationChanged.rental(data.customerId(), data.reservationId(),
                Booking.ofCar(data.carId()), status, orWhenSent(at, event)));
    }

    private static void requireCustomerAndReservation(EventEnvelope event, UUID customerId, UUID reservationId) {
        require(event, customerId != null, "customerId");
        require(event, reservationId != null, "reservationId");
    }

    private static void require(EventEnvelope event, boolean present, String field) {
        if (!present) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no " + field);
        }
    }

    /** The moment the payload names, or the moment the event was written when it names none. */
    private static Instant orWhenSent(Instant at, EventEnvelope event) {
        return at != null ? at : event.time();
    }

    /** What My Page reads of {@code customer-events} 1.x; other fields are ignored. */
    record CustomerEventV1(UUID customerId, String username, String name, String email, String phone,
            Instant registeredAt) {
    }

    /** What My Page reads of {@code reservation-events} 1.x (every type; a type leaves out what it does not carry). */
    record ReservationEventV1(UUID reservationId, UUID customerId, UUID carId, String plateNumber, String model,
            LocalDate pickupDate, LocalDate returnDate, Long amount, Instant confirmedAt, Instant requestedAt,
            Instant cancelledAt, Instant completedAt) {
    }

    /** What My Page reads of {@code payment-events} 1.x. */
    record PaymentEventV1(UUID reservationId, UUID customerId, UUID carId, Long amount, Instant approvedAt,
            Instant cancelledAt) {
    }

    /** What My Page reads of {@code rental-events} 1.x. */
    record RentalEventV1(UUID reservationId, UUID customerId, UUID carId, Instant rentedAt, Instant cancelledAt,
            Instant returnedAt) {
    }
}
