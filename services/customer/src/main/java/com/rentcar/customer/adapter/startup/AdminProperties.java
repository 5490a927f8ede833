package com.rentcar.customer.adapter.startup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param initialPassword the admin's password when the account is first created (RENTCAR_ADMIN_INITIAL_PASSWORD);
 *        {@code admin} in the {@code local} profile, no default anywhere else
 */
@ConfigurationProperties("rentcar.admin")
public record AdminProperties(String initialPassword) {

    @Override
    public String toString() {
        return "AdminProperties[initialPassword=" + (initialPassword == null ? "unset" : "hidden") + "]";
    }
}
