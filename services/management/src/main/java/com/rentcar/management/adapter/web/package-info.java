/** The ledger's HTTP API under {@code /api/cars}, for admins only; errors as problem+json. */
package com.rentcar.management.adapter.web;
