package com.rentcar.customer.application;

import com.rentcar.customer.domain.Customer;

/** Issues the signed, short-lived tokens every other service trusts. */
public interface AccessTokens {

    AccessToken issueFor(Customer account);
}
