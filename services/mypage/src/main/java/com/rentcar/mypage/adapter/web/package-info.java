/**
 * The HTTP API of My Page.
 * <ul>
 * <li>{@code GET /api/mypage?page=0&size=20&reservationId=} (CUSTOMER): the caller's own page, the customer id
 * taken from the token's {@code sub}; the history a page at a time (newest first, size 1–100, default 20),
 * optionally only one reservation's entry.</li>
 * <li>{@code GET /api/mypage/{customerId}} (ADMIN): any customer's page, for support.</li>
 * </ul>
 * 200 with {@code {customer, history, page, size, totalElements, last}} ({@code customer: null},
 * {@code history: []} for a customer nothing was heard about yet); 400 naming a parameter out of range; 503 with
 * {@code Retry-After} while the read model cannot answer. A page kept by another
 * instance is fetched from it with the caller's own token.
 */
package com.rentcar.mypage.adapter.web;
