/**
 * Keeps the ledger in PostgreSQL (table {@code car}) with plain SQL through {@code JdbcClient}; maps rows to and from
 * the domain. The unique constraint on the plate decides duplicates, and a car is locked while it changes.
 */
package com.rentcar.management.adapter.persistence;
