-- One row per rental: created RENTED when the payment of a reservation is approved, then CANCELLED (the payment
-- was cancelled) or RETURNED (an admin recorded the car's return). Nothing leaves CANCELLED or RETURNED.
create table rental (
    id             uuid        primary key,
    -- one rental per reservation at most: the constraint, not a lookup before the insert, decides
    reservation_id uuid        not null constraint rental_one_per_reservation unique,
    payment_id     uuid        not null,
    customer_id    uuid        not null,
    car_id         uuid        not null,
    status         varchar(16) not null constraint rental_status_known
                       check (status in ('RENTED', 'CANCELLED', 'RETURNED')),
    -- null only for a rental whose payment's cancellation arrived before its approval: it never started
    rented_at      timestamptz,
    cancelled_at   timestamptz,
    returned_at    timestamptz,
    recorded_at    timestamptz not null,
    constraint rental_dates_follow_status check (
        (status = 'RENTED' and rented_at is not null and cancelled_at is null and returned_at is null)
        or (status = 'CANCELLED' and cancelled_at is not null and returned_at is null)
        or (status = 'RETURNED' and rented_at is not null and returned_at is not null and cancelled_at is null))
);

-- a car is held by at most one RENTED rental, whatever the concurrency
create unique index rental_one_rented_per_car on rental (car_id) where status = 'RENTED';

-- rentals are listed newest first, all or by status
create index rental_newest_first on rental (recorded_at desc, id desc);
create index rental_by_status_newest_first on rental (status, recorded_at desc, id desc);
