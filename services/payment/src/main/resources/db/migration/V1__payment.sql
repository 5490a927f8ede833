-- One row per payment, keyed for callers by their idempotency key: the unique constraint, not a lookup
-- before the insert, decides that one key charges once.
create table payment (
    id                 uuid         primary key,
    idempotency_key    varchar(100) not null constraint payment_idempotency_key_unique unique,
    reservation_id     uuid         not null,
    customer_id        uuid         not null,
    car_id             uuid         not null,
    amount             bigint       not null constraint payment_amount_range check (amount between 1 and 1000000000),
    -- PENDING and CANCELLING last only while the provider is being asked
    status             varchar(16)  not null constraint payment_status_known
                           check (status in ('PENDING', 'APPROVED', 'DECLINED', 'CANCELLING', 'CANCELLED')),
    -- the provider's reference of the charge, exactly when money was taken
    provider_reference varchar(100),
    version            bigint       not null constraint payment_version_positive check (version >= 1),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    constraint payment_charged_has_reference
        check ((status in ('APPROVED', 'CANCELLING', 'CANCELLED')) = (provider_reference is not null))
);

create index payment_by_reservation on payment (reservation_id, created_at);
create index payment_newest_first on payment (created_at desc, id);
