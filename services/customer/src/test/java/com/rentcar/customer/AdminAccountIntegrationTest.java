package com.rentcar.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.nimbusds.jwt.SignedJWT;

import com.rentcar.customer.application.ProvisioningAdmin;
import com.rentcar.customer.support.CustomerServiceTest;

class AdminAccountIntegrationTest extends CustomerServiceTest {

    @Autowired
    ProvisioningAdmin provisioning;

    @Test
    void the_admin_exists_from_the_first_start_and_logs_in_with_admin_admin_locally() throws Exception {
        assertThat(jdbc.sql("select role from customer where username = 'admin'").query(String.class).list())
                .containsExactly("ADMIN");

        var token = api.logIn("admin", "admin");

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("roles")).containsExactly("ADMIN");
        var me = api.get("/api/customers/me", token).json();
        assertThat(me.get("username").asString()).isEqualTo("admin");
        assertThat(me.get("roles").toString()).isEqualTo("[\"ADMIN\"]");
    }

    @Test
    void provisioning_again_changes_nothing() {
        var created = provisioning.ensureAdminExists(Optional.of("another password"));

        assertThat(created).isFalse();
        assertThat(accountsNamed("admin")).isEqualTo(1);
        assertThat(api.logIn("admin", "admin")).isNotBlank();
    }

    @Test
    void instances_provisioning_at_the_same_moment_create_one_admin_and_none_of_them_fails() throws Exception {
        jdbc.sql("delete from customer where username = 'admin'").update();
        var start = new CountDownLatch(1);
        var attempts = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 4; i++) {
            attempts.add(() -> {
                start.await();
                return provisioning.ensureAdminExists(Optional.of("admin"));
            });
        }
        var created = new ArrayList<Boolean>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var results = attempts.stream().map(pool::submit).toList();
            start.countDown();
            for (var result : results) {
                created.add(result.get());
            }
        }

        assertThat(created).containsOnlyOnce(true);
        assertThat(accountsNamed("admin")).isEqualTo(1);
        assertThat(api.logIn("admin", "admin")).isNotBlank();
    }

    @Test
    void a_configured_service_account_logs_in_with_the_service_role_only() throws Exception {
        var token = api.logIn("svc-reservation", "reservation-local-secret");

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("roles")).containsExactly("SERVICE");
        assertThat(accountsNamed("svc-reservation")).isEqualTo(1);
        assertThat(provisioning.ensureServiceAccountExists(new com.rentcar.customer.domain.Username("svc-reservation"),
                "reservation-local-secret")).isFalse();
    }

    @Test
    void the_admin_account_publishes_no_event() {
        var adminId = jdbc.sql("select id::text from customer where username = 'admin'").query(String.class).single();

        assertThat(jdbc.sql("select count(*) from outbox_event where message_key = ?").param(adminId)
                .query(Integer.class).single()).isZero();
    }
}
