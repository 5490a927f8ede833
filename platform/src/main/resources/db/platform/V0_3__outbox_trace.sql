-- The W3C traceparent of the request that staged the event: the relay publishes inside that trace (see Outbox).
-- A platform migration numbered below the services' own: the platform defaults turn on flyway out-of-order, so a
-- database that already has a service's V1 still takes it.
alter table outbox_event add column trace_parent varchar(64);
