package com.rentcar.management.application;

/** An admin's request to add a car to the ledger, as written (the domain normalises and checks it). */
public record RegisterCar(String plateNumber, String model, long dailyRate) {
}
