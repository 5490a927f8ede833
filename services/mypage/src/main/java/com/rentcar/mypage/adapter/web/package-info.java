/**
 * The HTTP API of My Page.
 * <ul>
 * <li>{@code GET /api/mypage} (CUSTOMER): the caller's own page, the customer id taken from the token's
 * {@code sub}.</li>
 * <li>{@code GET /api/mypage/{customerId}} (ADMIN): any customer's page, for support.</li>
 * </ul>
 * 200 with {@code {customer, history}} ({@code customer: null}, {@code history: []} for a customer nothing was
 * heard about yet); 503 with {@code Retry-After} while the read model cannot answer. A page kept by another
 * instance is fetched from it with the caller's own token.
 */
package com.rentcar.mypage.adapter.web;
