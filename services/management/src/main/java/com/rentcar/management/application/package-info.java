/**
 * Use cases of the car ledger, named as the business names them, and the ports they need:
 * {@link com.rentcar.management.application.CarLedger} (where cars are kept) and
 * {@link com.rentcar.management.application.CarEventPublisher} (how their events leave, with the change).
 */
package com.rentcar.management.application;
