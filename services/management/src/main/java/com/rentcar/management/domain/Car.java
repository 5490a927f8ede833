package com.rentcar.management.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.rentcar.management.domain.CarEvent.CarRegistered;
import com.rentcar.management.domain.CarEvent.CarStatusChanged;

/**
 * A car the company owns, as the ledger records it. It enters the ledger {@link CarStatus#AVAILABLE};
 * a rental takes it to {@link CarStatus#RENTED} and only the end of that rental (cancelled or returned)
 * makes it available again. Every change raises an event and increments {@link #version()}.
 */
public final class Car {

    private final CarId id;
    private final PlateNumber plateNumber;
    private final CarModel model;
    private final DailyRate dailyRate;
    private final Instant registeredAt;
    private CarStatus status;
    private RentalId rentalId;
    private long version;
    private Instant updatedAt;
    private final List<CarEvent> pendingEvents = new ArrayList<>();

    private Car(CarId id, PlateNumber plateNumber, CarModel model, DailyRate dailyRate, CarStatus status,
            RentalId rentalId, long version, Instant registeredAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.plateNumber = Objects.requireNonNull(plateNumber);
        this.model = Objects.requireNonNull(model);
        this.dailyRate = Objects.requireNonNull(dailyRate);
        this.status = Objects.requireNonNull(status);
        this.rentalId = rentalId;
        this.version = version;
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        if ((status == CarStatus.RENTED) != (rentalId != null)) {
            throw new IllegalArgumentException("a car is held by a rental exactly when it is RENTED: " + id);
        }
    }

    /** A car joins the ledger, available for rent, at version 1. */
    public static Car register(CarId id, PlateNumber plateNumber, CarModel model, DailyRate dailyRate, Instant at) {
        var car = new Car(id, plateNumber, model, dailyRate, CarStatus.AVAILABLE, null, 1, at, at);
        car.pendingEvents.add(new CarRegistered(id, plateNumber, model, dailyRate, car.status, car.version, at));
        return car;
    }

    /** A car as it was stored; raises nothing. */
    public static Car restore(CarId id, PlateNumber plateNumber, CarModel model, DailyRate dailyRate, CarStatus status,
            RentalId rentalId, long version, Instant registeredAt, Instant updatedAt) {
        return new Car(id, plateNumber, model, dailyRate, status, rentalId, version, registeredAt, updatedAt);
    }

    /** A rental starts: the car leaves the fleet that can be rented. Only an available car can be rented out. */
    public void rentOut(RentalId rental, Instant at) {
        Objects.requireNonNull(rental, "rental");
        require(CarStatus.AVAILABLE, CarStatus.RENTED);
        this.rentalId = rental;
        changeStatus(CarStatus.RENTED, at);
    }

    /** The rental ended (cancelled or returned): the car can be rented again. Only a rented car becomes available. */
    public void makeAvailable(Instant at) {
        require(CarStatus.RENTED, CarStatus.AVAILABLE);
        this.rentalId = null;
        changeStatus(CarStatus.AVAILABLE, at);
    }

    /** The events raised since the car was registered or restored, handed over once. */
    public List<CarEvent> releaseEvents() {
        var events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    private void require(CarStatus expected, CarStatus requested) {
        if (status != expected) {
            throw new CarStatusTransitionRefused(id, status, requested);
        }
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
