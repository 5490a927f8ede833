-- The car ledger (차량 원부): one row per car the company owns.
create table car (
    id              uuid         primary key,
    -- normalised by the application (trimmed, inner whitespace collapsed); the constraint decides duplicates
    plate_number    varchar(20)  not null constraint car_plate_number_unique unique,
    model           varchar(100) not null,
    daily_rate      bigint       not null constraint car_daily_rate_range check (daily_rate between 1 and 10000000),
    status          varchar(16)  not null constraint car_status_known check (status in ('AVAILABLE', 'RENTED')),
    -- the rental holding the car, exactly while it is RENTED
    rental_id       uuid,
    version         bigint       not null constraint car_version_positive check (version >= 1),
    registered_at   timestamptz  not null,
    updated_at      timestamptz  not null,
    constraint car_rented_by_one_rental check ((status = 'RENTED') = (rental_id is not null))
);

-- the ledger is listed in order of registration
create index car_registration_order on car (registered_at, id);
