-- Service accounts: other services log in as one to call an internal API (reservation calling payment).
alter table customer drop constraint customer_role_known;
alter table customer add constraint customer_role_known check (role in ('CUSTOMER', 'ADMIN', 'SERVICE'));
