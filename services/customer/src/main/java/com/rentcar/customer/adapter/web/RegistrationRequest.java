package com.rentcar.customer.adapter.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.rentcar.customer.application.Registration;
import com.rentcar.customer.domain.EmailAddress;
import com.rentcar.customer.domain.Password;
import com.rentcar.customer.domain.PersonName;
import com.rentcar.customer.domain.PhoneNumber;
import com.rentcar.customer.domain.Username;

/** {@code POST /api/customers}: the sign-up form. The rules are the domain's, checked here first to name every bad field at once. */
record RegistrationRequest(
        @NotNull(message = "is required")
        @Pattern(regexp = Username.RULE, message = Username.RULE_TEXT)
        String username,

        @NotNull(message = "is required")
        @Size(min = Password.MIN_LENGTH, max = Password.MAX_LENGTH, message = "must be {min} to {max} characters")
        String password,

        @NotBlank(message = "is required")
        @Size(max = PersonName.MAX_LENGTH, message = "must be at most {max} characters")
        String name,

        @NotBlank(message = "is required")
        @Size(max = EmailAddress.MAX_LENGTH, message = "must be at most {max} characters")
        @Email(regexp = EmailAddress.RULE, message = EmailAddress.RULE_TEXT)
        String email,

        @NotBlank(message = "is required")
        @Size(max = PhoneNumber.MAX_LENGTH, message = "must be at most {max} characters")
        @Pattern(regexp = PhoneNumber.RULE, message = PhoneNumber.RULE_TEXT)
        String phone) {

    Registration toRegistration() {
        return new Registration(username, password, name, email, phone);
    }

    @Override
    public String toString() {
        return "RegistrationRequest[username=" + username + "]";
    }
}
