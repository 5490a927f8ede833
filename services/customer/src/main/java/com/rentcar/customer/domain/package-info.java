/**
 * The account model: {@link com.rentcar.customer.domain.Customer} and its value objects, with the
 * rules every account obeys. Plain Java, no framework.
 */
package com.rentcar.customer.domain;
