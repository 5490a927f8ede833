-- Accounts: customers who signed up and the admin the service provisions.
create table customer (
    id            uuid         primary key,
    username      varchar(32)  not null constraint customer_username_unique unique,
    password_hash varchar(255) not null,
    name          varchar(100) not null,
    email         varchar(254),
    phone         varchar(20),
    role          varchar(16)  not null constraint customer_role_known check (role in ('CUSTOMER', 'ADMIN')),
    registered_at timestamptz  not null,
    -- customers can be reached; the admin account has no contact details
    constraint customer_contact_required check (role <> 'CUSTOMER' or (email is not null and phone is not null))
);
