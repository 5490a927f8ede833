package com.rentcar.customer.adapter.startup;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The accounts other services log in with (role SERVICE), e.g. reservation calling payment. Locally the
 * {@code local} profile lists them; elsewhere they come from the environment
 * (RENTCAR_SERVICE_ACCOUNTS_0_USERNAME, RENTCAR_SERVICE_ACCOUNTS_0_PASSWORD, ...).
 */
@ConfigurationProperties("rentcar")
public record ServiceAccountProperties(@DefaultValue List<ServiceAccount> serviceAccounts) {

    public record ServiceAccount(String username, String password) {

        @Override
        public String toString() {
            return "ServiceAccount[username=" + username + ", password=hidden]";
        }
    }
}
