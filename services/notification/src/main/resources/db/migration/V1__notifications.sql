-- What customers were told. One notification per source event: the unique constraint, not a check before the
-- insert, decides, so a redelivered event (even read by two instances at once) adds nothing.
create table notification (
    id              uuid          primary key,
    customer_id     uuid          not null,
    type            varchar(40)   not null check (type in ('RESERVATION_CONFIRMED', 'CANCEL_PENDING',
                                      'RESERVATION_CANCELLED', 'RENTAL_STARTED', 'RENTAL_RETURNED')),
    reservation_id  uuid          not null,
    message         varchar(1000) not null,
    created_at      timestamptz   not null,
    source_event_id uuid          not null,
    recorded_at     timestamptz   not null default now(),
    constraint notification_once_per_event unique (source_event_id)
);

-- a customer's notifications, newest first
create index notification_by_customer on notification (customer_id, created_at desc, id desc);
