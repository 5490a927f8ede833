package com.rentcar.reservation.domain;

import static com.rentcar.reservation.domain.ReservationStatus.CANCELLED;
import static com.rentcar.reservation.domain.ReservationStatus.CANCEL_PENDING;
import static com.rentcar.reservation.domain.ReservationStatus.COMPLETED;
import static com.rentcar.reservation.domain.ReservationStatus.CONFIRMED;
import static com.rentcar.reservation.domain.ReservationStatus.PAYMENT_ABANDONED;
import static com.rentcar.reservation.domain.ReservationStatus.PAYMENT_PENDING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.rentcar.reservation.domain.ReservationEvent.ReservationCancelPending;
import com.rentcar.reservation.domain.ReservationEvent.ReservationCancelled;
import com.rentcar.reservation.domain.ReservationEvent.ReservationCompleted;
import com.rentcar.reservation.domain.ReservationEvent.ReservationConfirmed;

/**
 * A customer's reservation of one car for a {@link RentalPeriod}, paid when it is made. Its life:
 *
 * <pre>
 * PAYMENT_PENDING ──approved──▶ CONFIRMED ──cancel──▶ CANCEL_PENDING ──refunded──▶ CANCELLED
 *        │                          └──car returned──▶ COMPLETED
 *        └──outcome unknown──▶ PAYMENT_ABANDONED   (a declined or failed payment simply releases the hold)
 * </pre>
 *
 * Every other move is refused. The amount is fixed when the car is held: the period priced at the car's
 * daily rate.
 */
public final class Reservation {

    private final ReservationId id;
    private final CustomerId customerId;
    private final CarId carId;
    private final String plateNumber;
    private final String model;
    private final RentalPeriod period;
    private final Money amount;
    private final Instant createdAt;
    private ReservationStatus status;
    private PaymentId paymentId;
    private Instant updatedAt;
    private final List<ReservationEvent> pendingEvents = new ArrayList<>();

    private Reservation(ReservationId id, CustomerId customerId, CarId carId, String plateNumber, String model,
            RentalPeriod period, Money amount, ReservationStatus status, PaymentId paymentId, Instant createdAt,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.carId = Objects.requireNonNull(carId, "carId");
        this.plateNumber = Objects.requireNonNull(plateNumber, "plateNumber");
        this.model = Objects.requireNonNull(model, "model");
        this.period = Objects.requireNonNull(period, "period");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.status = Objects.requireNonNull(status, "status");
        this.paymentId = paymentId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        if (paymentId == null && status != PAYMENT_PENDING && status != PAYMENT_ABANDONED) {
            throw new IllegalArgumentException("a " + status + " reservation is paid, so it has a payment: " + id);
        }
    }

    /** A customer holds a car for a period while the payment is approved; raises nothing yet. */
    public static Reservation hold(ReservationId id, CustomerId customer, BookableCar car, RentalPeriod period,
            Instant at) {
        return new Reservation(id, customer, car.id(), car.plateNumber(), car.model(), period,
                period.priceAt(car.dailyRate()), PAYMENT_PENDING, null, at, at);
    }

    /** A reservation as it was stored; raises nothing. */
    public static Reservation restore(ReservationId id, CustomerId customerId, CarId carId, String plateNumber,
            String model, RentalPeriod period, Money amount, ReservationStatus status, PaymentId paymentId,
            Instant createdAt, Instant updatedAt) {
        return new Reservation(id, customerId, carId, plateNumber, model, period, amount, status, paymentId, createdAt,
                updatedAt);
    }

    /** The payment was approved: the car is the customer's. Only a reservation awaiting its payment is confirmed. */
    public void confirm(PaymentId payment, Instant at) {
        Objects.requireNonNull(payment, "payment");
        require(PAYMENT_PENDING, "confirmed");
        paymentId = payment;
        moveTo(CONFIRMED, at);
        pendingEvents.add(new ReservationConfirmed(id, customerId, carId, plateNumber, model, period, amount, payment,
                at));
    }

    /**
     * The customer was told the payment failed while its outcome is unknown: the car is released, and the
     * reservation is kept only so the payment can be checked (and refunded) later.
     */
    public void abandon(Instant at) {
        require(PAYMENT_PENDING, "abandoned");
        moveTo(PAYMENT_ABANDONED, at);
    }

    /** The customer asks to cancel: the car stays held until the refund is confirmed. Only a confirmed reservation. */
    public void requestCancellation(Instant at) {
        require(CONFIRMED, "cancelled");
        moveTo(CANCEL_PENDING, at);
    }

    /** Announces that the refund could not be made at once and will be completed later. */
    public void deferCancellation(Instant at) {
        require(CANCEL_PENDING, "deferred");
        pendingEvents.add(new ReservationCancelPending(id, customerId, carId, paymentId, at));
    }

    /** The refund was confirmed: the reservation is cancelled and the car free. */
    public void cancel(Instant at) {
        require(CANCEL_PENDING, "cancelled");
        moveTo(CANCELLED, at);
        pendingEvents.add(new ReservationCancelled(id, customerId, carId, paymentId, at));
    }

    /** The car came back: the reservation is fulfilled and the car free. Only a confirmed reservation completes. */
    public void complete(Instant at) {
        require(CONFIRMED, "completed");
        moveTo(COMPLETED, at);
        pendingEvents.add(new ReservationCompleted(id, customerId, carId, at));
    }

    /** The events raised since the reservation was held or restored, handed over once. */
    public List<ReservationEvent> releaseEvents() {
        var events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    /** Whether {@code customer} made this reservation. */
    public boolean isOwnedBy(CustomerId customer) {
        return customerId.equals(customer);
    }

    /** The idempotency key of the payment approving this reservation: one reservation is paid at most once. */
    public String paymentKey() {
        return "reserve-" + id;
    }

    private void require(ReservationStatus expected, String change) {
        if (status != expected) {
            throw new ReservationTransitionRefused(id, status, change);
        }
    }

    private void moveTo(ReservationStatus next, Instant at) {
        status = next;
        updatedAt = Objects.requireNonNull(at, "at");
    }

    public ReservationId id() {
        return id;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public CarId carId() {
        return carId;
    }

    public String plateNumber() {
        return plateNumber;
    }

    public String model() {
        return model;
    }

    public RentalPeriod period() {
        return period;
    }

    public Money amount() {
        return amount;
    }

    public ReservationStatus status() {
        return status;
    }

    public Optional<PaymentId> paymentId() {
        return Optional.ofNullable(paymentId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
