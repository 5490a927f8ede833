package com.rentcar.management.adapter.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.rentcar.management.application.CarFilter;
import com.rentcar.management.application.RegisteringCar;
import com.rentcar.management.application.ViewingCarLedger;
import com.rentcar.management.domain.CarId;
import com.rentcar.management.domain.CarStatus;
import com.rentcar.platform.web.PageNumber;
import com.rentcar.platform.web.PageResponse;
import com.rentcar.platform.web.PageSize;

/** The car ledger for staff: register cars, list them with their live status, look one up. */
@RestController
@RequestMapping(CarLedgerController.CARS)
class CarLedgerController {

    static final String CARS = "/api/cars";
    /** No control characters (category Cc) and no unpaired surrogates (Cs), which the database cannot search for. */
    private static final String PRINTABLE = "[^\\p{Cc}\\p{Cs}]*";
    private static final String PRINTABLE_MESSAGE = "must not contain control characters or broken characters";

    private final RegisteringCar registering;
    private final ViewingCarLedger viewing;

    CarLedgerController(RegisteringCar registering, ViewingCarLedger viewing) {
        this.registering = registering;
        this.viewing = viewing;
    }

    @PostMapping
    ResponseEntity<CarResponse> register(@Valid @RequestBody RegisterCarRequest request) {
        var car = registering.register(request.toCommand());
        return ResponseEntity.created(URI.create(CARS + "/" + car.id())).body(CarResponse.of(car));
    }

    /** The whole ledger, when no page is asked for. */
    @GetMapping(params = {"!page", "!size"})
    List<CarResponse> ledger(@RequestParam(required = false) CarStatus status,
            @RequestParam(required = false) @Size(max = 100) @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE) String model) {
        return viewing.all(new CarFilter(status, model)).stream().map(CarResponse::of).toList();
    }

    /** One page of the ledger, when {@code page} or {@code size} is given. */
    @GetMapping
    PageResponse<CarResponse> ledgerPage(@RequestParam(defaultValue = PageNumber.FIRST) @PageNumber int page,
            @RequestParam(defaultValue = PageSize.DEFAULT) @PageSize int size,
            @RequestParam(required = false) CarStatus status,
            @RequestParam(required = false) @Size(max = 100) @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE) String model) {
        var cars = viewing.page(new CarFilter(status, model), page, size);
        return PageResponse.of(cars.content(), CarResponse::of, cars.page(), cars.size(), cars.totalElements(), cars.last());
    }

    @GetMapping("/{id}")
    CarResponse car(@PathVariable UUID id) {
        return CarResponse.of(viewing.one(new CarId(id)));
    }
}
