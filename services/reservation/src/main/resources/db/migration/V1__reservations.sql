-- The cars customers can reserve, copied from management's CarRegistered events (F1).
create table bookable_car (
    id             uuid         primary key,
    plate_number   varchar(20)  not null,
    model          varchar(100) not null,
    daily_rate     bigint       not null constraint bookable_car_daily_rate_positive check (daily_rate >= 1),
    registered_at  timestamptz  not null
);

create index bookable_car_registration_order on bookable_car (registered_at, id);

-- One row per reservation. PAYMENT_PENDING and PAYMENT_ABANDONED are internal (never shown to customers).
create table reservation (
    id                     uuid         primary key,
    customer_id            uuid         not null,
    car_id                 uuid         not null references bookable_car (id),
    plate_number           varchar(20)  not null,
    model                  varchar(100) not null,
    pickup_date            date         not null,
    return_date            date         not null,
    amount                 bigint       not null constraint reservation_amount_positive check (amount >= 1),
    status                 varchar(20)  not null constraint reservation_status_known check (status in
                               ('PAYMENT_PENDING', 'PAYMENT_ABANDONED', 'CONFIRMED', 'CANCEL_PENDING', 'CANCELLED', 'COMPLETED')),
    payment_id             uuid,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    -- when the refund of a CANCEL_PENDING reservation is tried next
    cancellation_retry_at  timestamptz,
    constraint reservation_period_ordered check (return_date >= pickup_date),
    constraint reservation_paid_once_confirmed check (status in ('PAYMENT_PENDING', 'PAYMENT_ABANDONED') or payment_id is not null)
);

-- No double booking: a car is held by at most one active reservation, whatever the concurrency.
-- The database decides the race between customers: a second hold of the car is a unique violation.
create unique index reservation_one_active_per_car on reservation (car_id)
    where status in ('PAYMENT_PENDING', 'CONFIRMED', 'CANCEL_PENDING');

create index reservation_by_customer on reservation (customer_id, created_at desc);
create index reservation_newest_first on reservation (created_at desc);
create index reservation_awaiting_payment on reservation (created_at)
    where status in ('PAYMENT_PENDING', 'PAYMENT_ABANDONED');
create index reservation_cancellation_due on reservation (cancellation_retry_at)
    where status = 'CANCEL_PENDING';
