package com.rentcar.customer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.doThrow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.rentcar.customer.domain.Customer;
import com.rentcar.customer.domain.HashedPassword;
import com.rentcar.customer.domain.Password;
import com.rentcar.customer.domain.Role;
import com.rentcar.customer.domain.UsernameTaken;

class ProvisioningAdminTest {

    private final CustomerAccounts accounts = mock(CustomerAccounts.class);
    private final PasswordHashing hashing = mock(PasswordHashing.class);
    private final ProvisioningAdmin provisioning = new ProvisioningAdmin(accounts, hashing,
            Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));

    ProvisioningAdminTest() {
        when(hashing.hash(any(Password.class))).thenReturn(new HashedPassword("{bcrypt}$2a$10$hash"));
    }

    @Test
    void without_an_admin_one_is_created_with_the_configured_password() {
        when(accounts.exists(ProvisioningAdmin.ADMIN)).thenReturn(false);

        assertThat(provisioning.ensureAdminExists(Optional.of("admin"))).isTrue();

        var added = ArgumentCaptor.forClass(Customer.class);
        verify(accounts).add(added.capture());
        assertThat(added.getValue().username()).isEqualTo(ProvisioningAdmin.ADMIN);
        assertThat(added.getValue().roles()).containsExactly(Role.ADMIN);
        verify(hashing).hash(org.mockito.ArgumentMatchers.argThat(p -> p.reveal().equals("admin")));
    }

    @Test
    void an_existing_admin_is_left_alone_and_needs_no_password() {
        when(accounts.exists(ProvisioningAdmin.ADMIN)).thenReturn(true);

        assertThat(provisioning.ensureAdminExists(Optional.empty())).isFalse();

        verify(accounts, never()).add(any());
    }

    @Test
    void without_an_admin_and_without_a_password_the_start_fails_saying_what_to_set() {
        when(accounts.exists(ProvisioningAdmin.ADMIN)).thenReturn(false);

        assertThatThrownBy(() -> provisioning.ensureAdminExists(Optional.empty()))
                .isInstanceOf(AdminPasswordMissing.class)
                .hasMessageContaining("RENTCAR_ADMIN_INITIAL_PASSWORD");
        assertThatThrownBy(() -> provisioning.ensureAdminExists(Optional.of("  ")))
                .isInstanceOf(AdminPasswordMissing.class);
        verify(accounts, never()).add(any());
    }

    @Test
    void losing_the_race_to_another_instance_is_not_a_failure() {
        when(accounts.exists(ProvisioningAdmin.ADMIN)).thenReturn(false);
        doThrow(new UsernameTaken(ProvisioningAdmin.ADMIN)).when(accounts).add(any());

        assertThat(provisioning.ensureAdminExists(Optional.of("admin"))).isFalse();
    }
}
