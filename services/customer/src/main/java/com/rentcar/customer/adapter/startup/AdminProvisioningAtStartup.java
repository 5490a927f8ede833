package com.rentcar.customer.adapter.startup;

import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.rentcar.customer.application.ProvisioningAdmin;

/** Creates the admin account on start-up when there is none yet; a start without one fails. */
@Component
@EnableConfigurationProperties(AdminProperties.class)
class AdminProvisioningAtStartup implements ApplicationRunner {

    private final ProvisioningAdmin provisioning;
    private final AdminProperties properties;

    AdminProvisioningAtStartup(ProvisioningAdmin provisioning, AdminProperties properties) {
        this.provisioning = provisioning;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        provisioning.ensureAdminExists(Optional.ofNullable(properties.initialPassword()));
    }
}
