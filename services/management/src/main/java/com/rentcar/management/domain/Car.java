package com.rentcar.management.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.rentcar.management.domain.CarEvent.CarRegistered;
import com.rentcar.management.domain.CarEvent.CarStatusChanged;

/**
 * A car the company owns, as the ledger records it. It enters the ledger {@link CarStatus#AVAILABLE}; the ledger
 * follows the rentals: a car is {@link CarStatus#RENTED} exactly while a rental holds it and becomes available again
 * when the end (cancellation or return) of the rental holding it is seen. Every status change raises
 * {@link CarStatusChanged} and increments {@link #version()}.
 * <p>
 * Rentals' events arrive in order for one rental but in any order across rentals, so a car may be rented out by a
 * newer rental before the end of the earlier one is seen. The newest rental then holds the car, and the earlier one
 * is remembered as not yet ended: its end, when it comes, changes nothing visible. Seeing a start or an end the car
 * already knows about, or the end of a rental that does not hold it, never changes the car, so a late or repeated
 * event cannot move it back to a wrong status.
 */
public final class Car {

    private final CarId id;
    private final PlateNumber plateNumber;
    private final CarModel model;
    private final DailyRate dailyRate;
    private final Instant registeredAt;
    private CarStatus status;
    private RentalId rentalId;
    private final List<RentalId> earlierRentals;
    private long version;
    private Instant updatedAt;
    private final List<CarEvent> pendingEvents = new ArrayList<>();

    private Car(CarId id, PlateNumber plateNumber, CarModel model, DailyRate dailyRate, CarStatus status,
            RentalId rentalId, List<RentalId> earlierRentals, long version, Instant registeredAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.plateNumber = Objects.requireNonNull(plateNumber);
        this.model = Objects.requireNonNull(model);
        this.dailyRate = Objects.requireNonNull(dailyRate);
        this.status = Objects.requireNonNull(status);
        this.rentalId = rentalId;
        this.earlierRentals = new ArrayList<>(earlierRentals);
        this.version = version;
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        if ((status == CarStatus.RENTED) != (rentalId != null)) {
            throw new IllegalArgumentException("a car is held by a rental exactly when it is RENTED: " + id);
        }
        if (!this.earlierRentals.isEmpty() && status != CarStatus.RENTED) {
            throw new IllegalArgumentException("only a RENTED car has earlier rentals not yet ended: " + id);
        }
        if (this.earlierRentals.contains(rentalId) || Set.copyOf(this.earlierRentals).size() != earlierRentals.size()) {
            throw new IllegalArgumentException("earlier rentals are distinct and exclude the holder: " + id);
        }
    }

    /** A car joins the ledger, available for rent, at version 1. */
    public static Car register(CarId id, PlateNumber plateNumber, CarModel model, DailyRate dailyRate, Instant at) {
        var car = new Car(id, plateNumber, model, dailyRate, CarStatus.AVAILABLE, null, List.of(), 1, at, at);
        car.pendingEvents.add(new CarRegistered(id, plateNumber, model, dailyRate, car.status, car.version, at));
        return car;
    }

    /** A car as it was stored; raises nothing. */
    public static Car restore(CarId id, PlateNumber plateNumber, CarModel model, DailyRate dailyRate, CarStatus status,
            RentalId rentalId, List<RentalId> earlierRentals, long version, Instant registeredAt, Instant updatedAt) {
        return new Car(id, plateNumber, model, dailyRate, status, rentalId, earlierRentals, version, registeredAt,
                updatedAt);
    }

    /**
     * A rental starts. An available car becomes RENTED, held by it. A car still held by another rental passes to this
     * newer one and stays RENTED without a new status: the other rental's end has not been seen yet, and when it is
     * seen it changes nothing. A rental the car already knows changes nothing.
     */
    public void rentOut(RentalId rental, Instant at) {
        Objects.requireNonNull(rental, "rental");
        if (knows(rental)) {
            return;
        }
        if (status == CarStatus.RENTED) {
            earlierRentals.add(rentalId);
            rentalId = rental;
            return;
        }
        rentalId = rental;
        changeStatus(CarStatus.RENTED, at);
    }

    /**
     * A rental ended (cancelled, or the car returned). When it held the car, the car becomes AVAILABLE again, unless an
     * earlier rental whose end has not been seen yet is still open: the newest of those holds the car again and it
     * stays RENTED. The end of an earlier rental is only noted; the end of a rental the car does not know (ended
     * already, or never seen) changes nothing.
     */
    public void release(RentalId rental, Instant at) {
        Objects.requireNonNull(rental, "rental");
        if (earlierRentals.remove(rental) || !rental.equals(rentalId)) {
            return;
        }
        if (!earlierRentals.isEmpty()) {
            rentalId = earlierRentals.removeLast();
            return;
        }
        rentalId = null;
        changeStatus(CarStatus.AVAILABLE, at);
    }

    /** The events raised since the car was registered or restored, handed over once. */
    public List<CarEvent> releaseEvents() {
        var events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    private boolean knows(RentalId rental) {
        return rental.equals(rentalId) || earlierRentals.contains(rental);
    }

    private void changeStatus(CarStatus next, Instant at) {
        status = next;
        version++;
        updatedAt = at;
        pendingEvents.add(new CarStatusChanged(id, status, version, at));
    }

    public CarId id() {
        return id;
    }

    public PlateNumber plateNumber() {
        return plateNumber;
    }

    public CarModel model() {
        return model;
    }

    public DailyRate dailyRate() {
        return dailyRate;
    }

    public CarStatus status() {
        return status;
    }

    /** The rental holding the car while it is {@link CarStatus#RENTED}. */
    public Optional<RentalId> rentalId() {
        return Optional.ofNullable(rentalId);
    }

    /**
     * Rentals that held the car before the one holding it now and whose end has not been seen yet, oldest first;
     * empty unless rentals' events arrived out of order.
     */
    public List<RentalId> earlierRentals() {
        return List.copyOf(earlierRentals);
    }

    public long version() {
        return version;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
