package com.rentcar.customer.adapter.startup;

import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.rentcar.customer.application.ProvisioningAdmin;
import com.rentcar.customer.domain.Username;

/**
 * Creates the admin account on start-up when there is none yet (a start without one fails), and the
 * configured service accounts.
 */
@Component
@EnableConfigurationProperties({AdminProperties.class, ServiceAccountProperties.class})
class AdminProvisioningAtStartup implements ApplicationRunner {

    private final ProvisioningAdmin provisioning;
    private final AdminProperties properties;
    private final ServiceAccountProperties serviceAccounts;

    AdminProvisioningAtStartup(ProvisioningAdmin provisioning, AdminProperties properties,
            ServiceAccountProperties serviceAccounts) {
        this.provisioning = provisioning;
        this.properties = properties;
        this.serviceAccounts = serviceAccounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        provisioning.ensureAdminExists(Optional.ofNullable(properties.initialPassword()));
        for (var account : serviceAccounts.serviceAccounts()) {
            provisioning.ensureServiceAccountExists(new Username(account.username()), account.password());
        }
    }
}
