package com.rentcar.mypage.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.rentcar.mypage.application.PageLookup;
import com.rentcar.mypage.domain.CustomerProfile;
import com.rentcar.mypage.domain.HistoryEntry;
import com.rentcar.mypage.domain.Ranked;

/**
 * My Page as the API shows it (SPEC §5): the customer, one page of the history (newest first), and where that page
 * is: {@code page} counts from 0, {@code totalElements} is the number of entries in the whole history.
 */
record MyPageResponse(Customer customer, List<Reservation> history, int page, int size, long totalElements,
        boolean last) {

    static MyPageResponse of(PageLookup.Found found) {
        var history = found.history();
        return new MyPageResponse(found.customer() == null ? null : Customer.of(found.customer()),
                history.entries().stream().map(Reservation::of).toList(), history.page(), history.size(),
                history.totalElements(), history.last());
    }

    record Customer(UUID customerId, String username, String name, String email, String phone) {

        static Customer of(CustomerProfile profile) {
            return new Customer(profile.customerId(), profile.username(), profile.name(), profile.email(),
                    profile.phone());
        }
    }

    /** One reservation; a part not heard of yet (say, the rental before the car was handed over) is {@code null}. */
    record Reservation(UUID reservationId, UUID carId, String plateNumber, String model, LocalDate pickupDate,
            LocalDate returnDate, Long amount, String reservationStatus, String paymentStatus, String rentalStatus,
            Instant updatedAt) {

        static Reservation of(HistoryEntry entry) {
            var booking = entry.booking();
            return new Reservation(entry.reservationId(), booking.carId(), booking.plateNumber(), booking.model(),
                    booking.pickupDate(), booking.returnDate(), booking.amount(), name(entry.reservationStatus()),
                    name(entry.paymentStatus()), name(entry.rentalStatus()), entry.updatedAt());
        }

        private static <S extends Enum<S> & Ranked> String name(S status) {
            return status == null ? null : status.name();
        }
    }
}
