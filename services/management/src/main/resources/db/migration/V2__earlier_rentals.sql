-- Rentals' events arrive in order for one rental, in any order across rentals: a newer rental may take a car over
-- before the end of the earlier one is seen. The earlier rentals still open are remembered here (oldest first) so
-- that their ends, when they come, change nothing visible. Empty unless events arrived out of order.
alter table car
    add column earlier_rental_ids uuid[] not null default '{}',
    add constraint car_earlier_rentals_only_while_rented
        check (cardinality(earlier_rental_ids) = 0 or status = 'RENTED');
