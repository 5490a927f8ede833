package com.rentcar.management.application;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.management.domain.Car;
import com.rentcar.management.domain.CarId;
import com.rentcar.management.domain.CarNotFound;

/** Staff look at the ledger: every car with its live status, or one car. */
@Service
@Transactional(readOnly = true)
public class ViewingCarLedger {

    private final CarLedger ledger;

    public ViewingCarLedger(CarLedger ledger) {
        this.ledger = ledger;
    }

    public List<Car> all(CarFilter filter) {
        return ledger.list(filter);
    }

    public CarPage page(CarFilter filter, int page, int size) {
        return ledger.page(filter, page, size);
    }

    /** @throws CarNotFound when the ledger has no such car */
    public Car one(CarId id) {
        return ledger.find(id).orElseThrow(() -> new CarNotFound(id));
    }
}
