-- One row per event a handler has applied, written in the handler's own transaction (see ProcessedEvents).
create table processed_event (
    consumer     varchar(200) not null,
    event_id     uuid         not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
