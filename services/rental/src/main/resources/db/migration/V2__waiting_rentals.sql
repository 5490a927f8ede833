-- Approved reservations whose car is still in an earlier RENTED rental here: the earlier rental's end (a cancellation
-- on another partition, or a return) has not been read yet. They wait here instead of blocking their partition, and
-- the oldest one starts when the car's rental ends.
create table waiting_rental (
    reservation_id uuid        primary key,
    payment_id     uuid        not null,
    customer_id    uuid        not null,
    car_id         uuid        not null,
    waiting_since  timestamptz not null
);

create index waiting_rental_by_car on waiting_rental (car_id, waiting_since);
