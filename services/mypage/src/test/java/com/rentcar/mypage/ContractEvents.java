package com.rentcar.mypage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * Events as the owning services put them on their topics (contracts/events.md, schema 1.0): an envelope keyed by
 * the aggregate it is about.
 */
public final class ContractEvents {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private ContractEvents() {
    }

    /** One message for a topic: its key (the envelope's subject) and its value (the envelope as JSON). */
    public record Message(String topic, String key, String value) {

        /** The same message with the value replaced, as a broken producer might send it. */
        public Message withValue(String value) {
            return new Message(topic, key, value);
        }
    }

    public static Message customerRegistered(UUID customerId, String username, String name, Instant at) {
        var data = new LinkedHashMap<String, Object>();
        data.put("customerId", customerId.toString());
        data.put("username", username);
        data.put("name", name);
        data.put("email", username + "@example.com");
        data.put("phone", "010-1234-5678");
        data.put("registeredAt", at.toString());
        return envelope("customer-events", "customer", "CustomerRegistered", "1.0", customerId, at, data);
    }

    public static Message envelope(String topic, String source, String type, String schemaVersion, UUID subject,
            Instant at, Map<String, Object> data) {
        var envelope = new LinkedHashMap<String, Object>();
        envelope.put("specversion", "1.0");
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("type", type);
        envelope.put("source", source);
        envelope.put("time", at.toString());
        envelope.put("subject", subject.toString());
        envelope.put("schemaversion", schemaVersion);
        envelope.put("datacontenttype", "application/json");
        envelope.put("data", data);
        return new Message(topic, subject.toString(), JSON.writeValueAsString(envelope));
    }

    /** One reservation of a customer, and every event its lifecycle can produce. */
    public record Trip(UUID customerId, UUID reservationId, UUID paymentId, UUID rentalId, UUID carId,
            String plateNumber, String model, LocalDate pickupDate, LocalDate returnDate, long amount) {

        public static Trip of(UUID customerId) {
            return new Trip(customerId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    "12가3456", "Hyundai Avante", LocalDate.parse("2026-12-10"), LocalDate.parse("2026-12-12"),
                    110_000);
        }

        public Message reservationConfirmed(Instant at) {
            var data = reservation();
            data.put("plateNumber", plateNumber);
            data.put("model", model);
            data.put("pickupDate", pickupDate.toString());
            data.put("returnDate", returnDate.toString());
            data.put("amount", amount);
            data.put("paymentId", paymentId.toString());
            data.put("confirmedAt", at.toString());
            return envelope("reservation-events", "reservation", "ReservationConfirmed", "1.0", reservationId, at,
                    data);
        }

        public Message reservationCancelPending(Instant at) {
            var data = reservation();
            data.put("paymentId", paymentId.toString());
            data.put("requestedAt", at.toString());
            return envelope("reservation-events", "reservation", "ReservationCancelPending", "1.0", reservationId,
                    at, data);
        }

        public Message reservationCancelled(Instant at) {
            var data = reservation();
            data.put("paymentId", paymentId.toString());
            data.put("cancelledAt", at.toString());
            return envelope("reservation-events", "reservation", "ReservationCancelled", "1.0", reservationId, at,
                    data);
        }

        public Message reservationCompleted(Instant at) {
            var data = reservation();
            data.put("completedAt", at.toString());
            return envelope("reservation-events", "reservation", "ReservationCompleted", "1.0", reservationId, at,
                    data);
        }

        public Message paymentApproved(Instant at) {
            var data = payment();
            data.put("approvedAt", at.toString());
            return envelope("payment-events", "payment", "PaymentApproved", "1.0", paymentId, at, data);
        }

        public Message paymentCancelled(Instant at) {
            var data = payment();
            data.put("cancelledAt", at.toString());
            return envelope("payment-events", "payment", "PaymentCancelled", "1.0", paymentId, at, data);
        }

        public Message rented(Instant at) {
            var data = rental();
            data.put("paymentId", paymentId.toString());
            data.put("rentedAt", at.toString());
            return envelope("rental-events", "rental", "Rented", "1.0", rentalId, at, data);
        }

        public Message rentalCancelled(Instant at) {
            var data = rental();
            data.put("paymentId", paymentId.toString());
            data.put("cancelledAt", at.toString());
            return envelope("rental-events", "rental", "RentalCancelled", "1.0", rentalId, at, data);
        }

        public Message carReturned(Instant at) {
            var data = rental();
            data.put("returnedAt", at.toString());
            return envelope("rental-events", "rental", "CarReturned", "1.0", rentalId, at, data);
        }

        private LinkedHashMap<String, Object> reservation() {
            var data = new LinkedHashMap<String, Object>();
            data.put("reservationId", reservationId.toString());
            data.put("customerId", customerId.toString());
            data.put("carId", carId.toString());
            return data;
        }

        private LinkedHashMap<String, Object> payment() {
            var data = new LinkedHashMap<String, Object>();
            data.put("paymentId", paymentId.toString());
            data.put("reservationId", reservationId.toString());
            data.put("customerId", customerId.toString());
            data.put("carId", carId.toString());
            data.put("amount", amount);
            return data;
        }

        private LinkedHashMap<String, Object> rental() {
            var data = new LinkedHashMap<String, Object>();
            data.put("rentalId", rentalId.toString());
            data.put("reservationId", reservationId.toString());
            data.put("customerId", customerId.toString());
            data.put("carId", carId.toString());
            return data;
        }
    }
}
