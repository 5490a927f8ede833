package com.rentcar.management.adapter.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.rentcar.management.application.RegisterCar;
import com.rentcar.management.domain.CarModel;
import com.rentcar.management.domain.DailyRate;
import com.rentcar.management.domain.PlateNumber;

/** {@code POST /api/cars}: dailyRate is a whole number of KRW (1000.5 and "1000" are refused while reading). */
record RegisterCarRequest(
        @NotBlank @Size(max = PlateNumber.MAX_LENGTH, message = "must be at most {max} characters") String plateNumber,
        @NotBlank @Size(max = CarModel.MAX_LENGTH, message = "must be at most {max} characters") String model,
        @NotNull @Min(value = DailyRate.MIN_WON, message = "must be at least {value} KRW")
        @Max(value = DailyRate.MAX_WON, message = "must be at most {value} KRW") Long dailyRate) {

    RegisterCar toCommand() {
        return new RegisterCar(plateNumber, model, dailyRate);
    }
}
