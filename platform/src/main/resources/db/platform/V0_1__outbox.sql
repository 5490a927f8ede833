-- Events staged in the same transaction as the state change they announce (see Outbox).
create table outbox_event (
    position     bigserial    primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    event_type   varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    published_at timestamptz
);

create index outbox_event_unpublished on outbox_event (position) where published_at is null;
