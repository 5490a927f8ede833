/** Keeps payments in PostgreSQL (table {@code payment}) with JPA; maps rows to and from the domain. */
package com.rentcar.payment.adapter.persistence;
