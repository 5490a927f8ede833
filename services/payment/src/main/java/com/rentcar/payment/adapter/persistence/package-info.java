/**
 * Keeps payments in PostgreSQL (table {@code payment}) with plain SQL through Spring's {@code JdbcClient}; maps rows
 * to and from the domain.
 */
package com.rentcar.payment.adapter.persistence;
