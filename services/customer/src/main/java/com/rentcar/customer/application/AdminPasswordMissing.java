package com.rentcar.customer.application;

/** The admin account must be created, but nobody said with which password. */
public class AdminPasswordMissing extends RuntimeException {

    public AdminPasswordMissing() {
        super("No admin account exists yet and no initial admin password is configured: set the environment "
                + "variable RENTCAR_ADMIN_INITIAL_PASSWORD (property rentcar.admin.initial-password) and start again");
    }
}
