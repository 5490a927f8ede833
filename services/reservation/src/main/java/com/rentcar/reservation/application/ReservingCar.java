package com.rentcar.reservation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.rentcar.reservation.application.Payments.Approved;
import com.rentcar.reservation.application.Payments.Cancelled;
import com.rentcar.reservation.application.Payments.Declined;
import com.rentcar.reservation.application.Payments.Found;
import com.rentcar.reservation.application.Payments.NotFound;
import com.rentcar.reservation.application.Payments.OutcomeUnknown;
import com.rentcar.reservation.application.Payments.PaymentCharge;
import com.rentcar.reservation.application.Payments.Unreachable;
import com.rentcar.reservation.domain.CarNotAvailable;
import com.rentcar.reservation.domain.PaymentDeclined;
import com.rentcar.reservation.domain.PaymentId;
import com.rentcar.reservation.domain.RentalPeriod;
import com.rentcar.reservation.domain.Reservation;
import com.rentcar.reservation.domain.ReservationId;
import com.rentcar.reservation.domain.UnknownCar;

/**
 * A customer reserves a car and pays in the same step (T1). The car is held first (the database decides
 * between racing customers), then payment is asked to approve the amount, outside any transaction; only
 * an approved payment confirms the reservation. Declined or unavailable: the hold is released and nothing
 * is charged. A call whose answer was lost is settled by looking the payment up by its idempotency key.
 */
@Service
public class ReservingCar {

    private static final Logger log = LoggerFactory.getLogger(ReservingCar.class);

    private final CarCatalogue catalogue;
    private final ReservationChanges changes;
    private final Payments payments;
    private final Clock clock;
    private final ReservationSettings settings;

    public ReservingCar(CarCatalogue catalogue, ReservationChanges changes, Payments payments, Clock clock,
            ReservationSettings settings) {
        this.catalogue = catalogue;
        this.changes = changes;
        this.payments = payments;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * @return the confirmed reservation
     * @throws com.rentcar.reservation.domain.InvalidReservationRequest when the dates cannot be booked
     * @throws UnknownCar when no such car is registered
     * @throws CarNotAvailable when another reservation holds the car
     * @throws PaymentDeclined when payment declined; nothing is held
     * @throws PaymentUnavailable when payment cannot be reached; nothing is held or charged
     */
    public Reservation reserve(ReserveCar request) {
        var period = RentalPeriod.requestedOn(today(), request.pickupDate(), request.returnDate());
        var car = catalogue.find(request.carId()).orElseThrow(() -> new UnknownCar(request.carId()));
        // while payment is known to be down, holding and releasing the car only adds load to a system that is
        // already short of something: under overload that extra work keeps the breaker open
        var knownDown = payments.knownUnreachable();
        if (knownDown.isPresent()) {
            throw new PaymentUnavailable(knownDown.get());
        }
        var held = Reservation.hold(ReservationId.newId(), request.customerId(), car, period,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (!changes.hold(held)) {
            throw new CarNotAvailable(car.id());
        }
        return switch (payments.approve(PaymentCharge.of(held))) {
            case Approved approved -> confirm(held, approved.paymentId());
            case Declined declined -> {
                changes.release(held.id());
                throw new PaymentDeclined(held.id(), declined.reason());
            }
            case Unreachable unreachable -> {
                changes.release(held.id());
                throw new PaymentUnavailable(unreachable.retryAfter());
            }
            case OutcomeUnknown unknown -> settleUnknownOutcome(held, unknown.retryAfter());
        };
    }

    /** The approval's answer was lost: ask payment what happened under the reservation's key. */
    private Reservation settleUnknownOutcome(Reservation held, Duration retryAfter) {
        return switch (payments.findByKey(held.paymentKey())) {
            case Found found when found.status() == Payments.PaymentStatus.APPROVED -> confirm(held, found.paymentId());
            case Found found when found.status() == Payments.PaymentStatus.DECLINED -> {
                changes.release(held.id());
                throw new PaymentDeclined(held.id(), null);
            }
            case Found cancelled -> {
                changes.release(held.id());
                throw new PaymentUnavailable(retryAfter);
            }
            case NotFound notYet -> abandon(held, retryAfter);
            case Unreachable unreachable -> abandon(held, unreachable.retryAfter());
        };
    }

    /**
     * Payment may still charge this key: the car is freed and the customer told to retry, and the
     * reconciler refunds the payment if it turns up approved.
     */
    private Reservation abandon(Reservation held, Duration retryAfter) {
        log.warn("Outcome of the payment for reservation {} is unknown; car released, reconciler will settle it",
                held.id());
        changes.abandon(held);
        throw new PaymentUnavailable(retryAfter);
    }

    private Reservation confirm(Reservation held, PaymentId payment) {
        var confirmed = changes.confirm(held.id(), payment);
        if (confirmed.isPresent()) {
            return confirmed.get();
        }
        // The hold was settled by someone else meanwhile: the money must not stay without a reservation.
        log.warn("Reservation {} no longer awaits payment {}; refunding it", held.id(), payment);
        if (payments.cancel(payment) instanceof Cancelled) {
            changes.release(held.id());
        } else {
            changes.abandon(held);
        }
        throw new PaymentUnavailable(Duration.ofSeconds(1));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.timeZone()));
    }
}
