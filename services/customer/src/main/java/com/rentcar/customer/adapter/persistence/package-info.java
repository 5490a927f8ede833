/**
 * Keeps the accounts in PostgreSQL (table {@code customer}) with plain SQL through {@code JdbcClient}; maps rows to and
 * from the domain. The unique username decides who gets a name, not a lookup before the insert.
 */
package com.rentcar.customer.adapter.persistence;
