package com.rentcar.rental.adapter.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

import com.rentcar.rental.application.Rentals;
import com.rentcar.rental.domain.CarId;
import com.rentcar.rental.domain.CarStillRented;
import com.rentcar.rental.domain.Rental;
import com.rentcar.rental.domain.RentalId;
import com.rentcar.rental.domain.RentalStatus;
import com.rentcar.rental.domain.ReservationId;

@Repository
class JpaRentals implements Rentals {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("recordedAt"), Sort.Order.desc("id"));
    /** PostgreSQL's SQLSTATE for a unique violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final SpringDataRentals rentals;

    JpaRentals(SpringDataRentals rentals) {
        this.rentals = rentals;
    }

    @Override
    public boolean addUnlessReservationTaken(Rental rental) {
        var paid = rental.reservation();
        try {
            return rentals.insertUnlessReservationTaken(rental.id().value(), paid.reservationId().value(),
                    paid.paymentId().value(), paid.customerId().value(), paid.carId().value(), rental.status().name(),
                    rental.rentedAt().orElse(null), rental.cancelledAt().orElse(null),
                    rental.returnedAt().orElse(null), rental.recordedAt()) == 1;
        } catch (DataIntegrityViolationException e) {
            if (violatesOneRentedPerCar(e)) {
                throw new CarStillRented(paid.carId(), paid.reservationId());
            }
            throw e;
        }
    }

    @Override
    public boolean carRented(CarId car) {
        return rentals.existsByCarIdAndStatus(car.value(), RentalStatus.RENTED);
    }

    @Override
    public Optional<Rental> find(RentalId id) {
        return rentals.findById(id.value()).map(RentalEntity::toDomain);
    }

    @Override
    public Optional<Rental> findForChange(RentalId id) {
        return rentals.findForUpdate(id.value()).map(RentalEntity::toDomain);
    }

    @Override
    public Optional<Rental> findForChange(ReservationId reservation) {
        return rentals.findForUpdateByReservationId(reservation.value()).map(RentalEntity::toDomain);
    }

    @Override
    public void update(Rental rental) {
        rentals.findById(rental.id().value())
                .orElseThrow(() -> new IllegalStateException("rental " + rental.id() + " was not found for change"))
                .changeTo(rental);
    }

    @Override
    public List<Rental> list(Optional<RentalStatus> status) {
        var found = status.isPresent() ? rentals.findByStatus(status.get(), NEWEST_FIRST) : rentals.findAll(NEWEST_FIRST);
        return found.stream().map(RentalEntity::toDomain).toList();
    }

    /** Whether the insert broke the partial unique index on the car of RENTED rentals (and nothing else). */
    private static boolean violatesOneRentedPerCar(DataIntegrityViolationException e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(SpringDataRentals.ONE_RENTED_PER_CAR)) {
                return true;
            }
        }
        return false;
    }
}
