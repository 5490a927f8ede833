/** Rental's HTTP API under {@code /api/rentals}, for admins only; errors as problem+json. */
package com.rentcar.rental.adapter.web;
