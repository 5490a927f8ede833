package com.rentcar.mypage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MyPageTest {

    static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    static final UUID CUSTOMER = UUID.randomUUID();
    static final UUID RESERVATION = UUID.randomUUID();
    static final UUID CAR = UUID.randomUUID();
    static final Booking BOOKED = new Booking(CAR, "12가3456", "Hyundai Avante", LocalDate.parse("2026-12-10"),
            LocalDate.parse("2026-12-12"), 110_000L);

    static final CustomerRegistered REGISTERED = new CustomerRegistered(
            new CustomerProfile(CUSTOMER, "kim", "Kim Minji", "kim@example.com", "010-1234-5678"), at(0));
    static final ReservationChanged PAID = ReservationChanged.payment(CUSTOMER, RESERVATION,
            Booking.ofCarCharged(CAR, 110_000L), PaymentStatus.APPROVED, at(1));
    static final ReservationChanged CONFIRMED = ReservationChanged.reservation(CUSTOMER, RESERVATION, BOOKED,
            ReservationStatus.CONFIRMED, at(2));
    static final ReservationChanged RENTED = ReservationChanged.rental(CUSTOMER, RESERVATION, Booking.ofCar(CAR),
            RentalStatus.RENTED, at(3));
    static final ReservationChanged REFUNDED = ReservationChanged.payment(CUSTOMER, RESERVATION,
            Booking.ofCarCharged(CAR, 110_000L), PaymentStatus.CANCELLED, at(10));
    static final ReservationChanged RENTAL_CANCELLED = ReservationChanged.rental(CUSTOMER, RESERVATION,
            Booking.ofCar(CAR), RentalStatus.CANCELLED, at(11));
    static final ReservationChanged CANCELLED = ReservationChanged.reservation(CUSTOMER, RESERVATION,
            Booking.ofCar(CAR), ReservationStatus.CANCELLED, at(12));

    @Test
    void a_customer_nothing_was_heard_about_has_no_profile_and_no_history() {
        var page = MyPage.empty(CUSTOMER);

        assertThat(page.customer()).isNull();
        assertThat(page.history()).isEmpty();
    }

    @Test
    void the_registration_fills_in_the_personal_information() {
        var page = MyPage.empty(CUSTOMER).apply(REGISTERED);

        assertThat(page.customer()).isEqualTo(REGISTERED.profile());
        assertThat(page.history()).isEmpty();
    }

    @Test
    void the_first_event_about_a_reservation_starts_its_entry_even_when_it_is_the_payment() {
        var page = MyPage.empty(CUSTOMER).apply(PAID);

        var entry = only(page);
        assertThat(entry.reservationId()).isEqualTo(RESERVATION);
        assertThat(entry.paymentStatus()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(entry.reservationStatus()).isNull();
        assertThat(entry.rentalStatus()).isNull();
        assertThat(entry.booking()).isEqualTo(Booking.ofCarCharged(CAR, 110_000L));
        assertThat(entry.updatedAt()).isEqualTo(at(1));
    }

    @Test
    void later_events_fill_in_what_the_first_did_not_tell() {
        var page = MyPage.empty(CUSTOMER).apply(PAID).apply(CONFIRMED).apply(RENTED);

        var entry = only(page);
        assertThat(entry.booking()).isEqualTo(BOOKED);
        assertThat(entry.reservationStatus()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(entry.paymentStatus()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(entry.rentalStatus()).isEqualTo(RentalStatus.RENTED);
        assertThat(entry.updatedAt()).isEqualTo(at(3));
    }

    @Test
    void a_cancellation_moves_every_status_to_cancelled() {
        var page = MyPage.empty(CUSTOMER).apply(CONFIRMED).apply(PAID).apply(RENTED)
                .apply(REFUNDED).apply(RENTAL_CANCELLED).apply(CANCELLED);

        var entry = only(page);
        assertThat(entry.reservationStatus()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(entry.paymentStatus()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(entry.rentalStatus()).isEqualTo(RentalStatus.CANCELLED);
        assertThat(entry.updatedAt()).isEqualTo(at(12));
    }

    @Test
    void a_late_event_never_moves_a_status_back() {
        var cancelPending = ReservationChanged.reservation(CUSTOMER, RESERVATION, Booking.ofCar(CAR),
                ReservationStatus.CANCEL_PENDING, at(9));

        var page = MyPage.empty(CUSTOMER).apply(RENTAL_CANCELLED).apply(RENTED)
                .apply(REFUNDED).apply(PAID)
                .apply(CANCELLED).apply(cancelPending).apply(CONFIRMED);

        var entry = only(page);
        assertThat(entry.rentalStatus()).isEqualTo(RentalStatus.CANCELLED);
        assertThat(entry.paymentStatus()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(entry.reservationStatus()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(entry.updatedAt()).isEqualTo(at(12));
    }

    @Test
    void a_pending_cancellation_comes_after_the_confirmation_and_before_the_cancellation() {
        assertThat(ReservationStatus.CANCEL_PENDING.rank()).isGreaterThan(ReservationStatus.CONFIRMED.rank())
                .isLessThan(ReservationStatus.CANCELLED.rank());
        assertThat(Ranked.furthest(ReservationStatus.CONFIRMED, ReservationStatus.CANCEL_PENDING))
                .isEqualTo(ReservationStatus.CANCEL_PENDING);
        assertThat(Ranked.furthest(ReservationStatus.CANCELLED, ReservationStatus.CANCEL_PENDING))
                .isEqualTo(ReservationStatus.CANCELLED);
    }

    @Test
    void of_two_final_statuses_the_one_known_first_stays() {
        assertThat(Ranked.furthest(RentalStatus.RETURNED, RentalStatus.CANCELLED)).isEqualTo(RentalStatus.RETURNED);
        assertThat(Ranked.furthest(ReservationStatus.COMPLETED, ReservationStatus.CANCELLED))
                .isEqualTo(ReservationStatus.COMPLETED);
    }

    @Test
    void a_return_completes_the_reservation_and_the_rental() {
        var completed = ReservationChanged.reservation(CUSTOMER, RESERVATION, Booking.ofCar(CAR),
                ReservationStatus.COMPLETED, at(21));
        var returned = ReservationChanged.rental(CUSTOMER, RESERVATION, Booking.ofCar(CAR), RentalStatus.RETURNED,
                at(20));

        var entry = only(MyPage.empty(CUSTOMER).apply(CONFIRMED).apply(PAID).apply(RENTED).apply(completed)
                .apply(returned));

        assertThat(entry.reservationStatus()).isEqualTo(ReservationStatus.COMPLETED);
        assertThat(entry.paymentStatus()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(entry.rentalStatus()).isEqualTo(RentalStatus.RETURNED);
        assertThat(entry.updatedAt()).isEqualTo(at(21));
    }

    @Test
    void hearing_the_same_event_again_changes_nothing() {
        var page = MyPage.empty(CUSTOMER).apply(REGISTERED).apply(CONFIRMED).apply(PAID).apply(RENTED)
                .apply(REFUNDED);

        var again = page;
        for (var activity : List.<CustomerActivity>of(REGISTERED, CONFIRMED, PAID, RENTED, REFUNDED)) {
            again = again.apply(activity);
        }

        assertThat(again).isEqualTo(page);
    }

    @Test
    void the_page_is_the_same_whatever_order_the_events_arrive_in() {
        List<CustomerActivity> lifecycle = List.of(REGISTERED, PAID, CONFIRMED, RENTED, REFUNDED, RENTAL_CANCELLED,
                CANCELLED);
        var expected = applyAll(lifecycle);

        var orders = permutations(lifecycle);

        assertThat(orders).hasSize(5040);
        assertThat(orders).allSatisfy(order -> assertThat(applyAll(order)).isEqualTo(expected));
        assertThat(only(expected).reservationStatus()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(expected.customer()).isEqualTo(REGISTERED.profile());
    }

    @Test
    void the_history_shows_the_newest_reservation_first() {
        var older = ReservationChanged.reservation(CUSTOMER, UUID.randomUUID(), BOOKED, ReservationStatus.CONFIRMED,
                at(-60 * 24));
        var newer = ReservationChanged.reservation(CUSTOMER, UUID.randomUUID(), BOOKED, ReservationStatus.CONFIRMED,
                at(60));

        var page = MyPage.empty(CUSTOMER).apply(CONFIRMED).apply(newer).apply(older)
                .apply(REFUNDED); // a late change of an entry does not move it up

        assertThat(page.history()).extracting(HistoryEntry::reservationId)
                .containsExactly(newer.reservationId(), RESERVATION, older.reservationId());
    }

    @Test
    void the_history_is_read_a_page_at_a_time_newest_first() {
        var page = MyPage.empty(CUSTOMER);
        var newestFirst = new ArrayList<UUID>();
        for (var minute = 0; minute < 5; minute++) {
            var change = ReservationChanged.reservation(CUSTOMER, UUID.randomUUID(), BOOKED,
                    ReservationStatus.CONFIRMED, at(minute));
            page = page.apply(change);
            newestFirst.addFirst(change.reservationId());
        }

        var first = page.historyPage(new HistoryQuery(0, 2, Optional.empty()));
        var third = page.historyPage(new HistoryQuery(2, 2, Optional.empty()));
        var beyond = page.historyPage(new HistoryQuery(3, 2, Optional.empty()));

        assertThat(first.entries()).extracting(HistoryEntry::reservationId).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(first.totalElements()).isEqualTo(5);
        assertThat(first.last()).isFalse();
        assertThat(third.entries()).extracting(HistoryEntry::reservationId).containsExactly(newestFirst.get(4));
        assertThat(third.last()).isTrue();
        assertThat(beyond.entries()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(5);
        assertThat(beyond.last()).isTrue();
    }

    @Test
    void one_reservation_is_found_whatever_page_it_is_on() {
        var other = ReservationChanged.reservation(CUSTOMER, UUID.randomUUID(), BOOKED, ReservationStatus.CONFIRMED,
                at(60));
        var page = MyPage.empty(CUSTOMER).apply(CONFIRMED).apply(other);

        var found = page.historyPage(new HistoryQuery(0, 1, Optional.of(RESERVATION)));
        var unknown = page.historyPage(new HistoryQuery(0, 1, Optional.of(UUID.randomUUID())));

        assertThat(found.entries()).extracting(HistoryEntry::reservationId).containsExactly(RESERVATION);
        assertThat(found.totalElements()).isEqualTo(1);
        assertThat(unknown.entries()).isEmpty();
        assertThat(unknown.totalElements()).isZero();
    }

    @Test
    void a_page_needs_a_place_and_a_size() {
        assertThatThrownBy(() -> new HistoryQuery(-1, 20, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HistoryQuery.firstPage(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void another_customers_activity_never_lands_on_my_page() {
        var someoneElse = ReservationChanged.reservation(UUID.randomUUID(), UUID.randomUUID(), BOOKED,
                ReservationStatus.CONFIRMED, at(0));

        assertThatThrownBy(() -> MyPage.empty(CUSTOMER).apply(someoneElse))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CUSTOMER.toString());
    }

    @Test
    void a_page_kept_in_parts_is_the_page_the_same_events_make_whole() {
        var other = UUID.randomUUID();
        var otherConfirmed = ReservationChanged.reservation(CUSTOMER, other, BOOKED, ReservationStatus.CONFIRMED, at(30));
        var whole = MyPage.empty(CUSTOMER).apply(REGISTERED).apply(CONFIRMED).apply(PAID).apply(otherConfirmed);
        var parts = List.of(MyPage.empty(CUSTOMER).apply(CONFIRMED).apply(PAID), MyPage.empty(CUSTOMER).apply(REGISTERED),
                MyPage.empty(CUSTOMER).apply(otherConfirmed));

        assertThat(MyPage.assembledFrom(CUSTOMER, parts)).isEqualTo(whole);
        assertThat(MyPage.assembledFrom(CUSTOMER, List.of(parts.get(0), MyPage.empty(CUSTOMER).apply(CONFIRMED))).history())
                .as("a reservation in two parts: the first one's").containsExactly(only(parts.get(0)));
        assertThatThrownBy(() -> MyPage.assembledFrom(CUSTOMER, List.of(MyPage.empty(UUID.randomUUID()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static HistoryEntry only(MyPage page) {
        assertThat(page.history()).hasSize(1);
        return page.history().getFirst();
    }

    private static MyPage applyAll(List<CustomerActivity> activities) {
        var page = MyPage.empty(CUSTOMER);
        for (var activity : activities) {
            page = page.apply(activity);
        }
        return page;
    }

    private static List<List<CustomerActivity>> permutations(List<CustomerActivity> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        var all = new ArrayList<List<CustomerActivity>>();
        for (var i = 0; i < items.size(); i++) {
            var rest = new ArrayList<>(items);
            var first = rest.remove(i);
            for (var tail : permutations(rest)) {
                var order = new ArrayList<CustomerActivity>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }

    private static Instant at(int minutes) {
        return NINE.plusSeconds(60L * minutes);
    }
}
