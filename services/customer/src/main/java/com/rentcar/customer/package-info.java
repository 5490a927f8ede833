/**
 * The customer service: accounts, profiles and login. It owns the {@code customer} database (table
 * {@code customer}, plus the platform's outbox), is the only service that issues access tokens (RS256
 * JWTs signed with a key pair it owns; the public half is served at {@code /.well-known/jwks.json}),
 * and provisions the admin account at start-up.
 *
 * <p>Writes {@code CustomerRegistered} (schema 1.0) to {@code customer-events}, keyed by customer id,
 * through the transactional outbox. Reads no events and calls no other service.
 *
 * <p>Layers: {@code domain} (the account and its rules), {@code application} (use cases and ports),
 * {@code adapter.web}, {@code adapter.persistence} (JDBC), {@code adapter.messaging} (outbox),
 * {@code adapter.token} (keys and JWTs), {@code adapter.password} (bcrypt), {@code adapter.startup}.
 */
package com.rentcar.customer;
