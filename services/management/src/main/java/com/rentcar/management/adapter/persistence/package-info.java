/** Keeps the ledger in PostgreSQL (table {@code car}) with JPA; maps rows to and from the domain. */
package com.rentcar.management.adapter.persistence;
