package com.rentcar.customer.adapter.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import com.rentcar.customer.application.ReadingProfile;
import com.rentcar.customer.application.RegisteringCustomer;
import com.rentcar.customer.domain.CustomerId;
import com.rentcar.customer.domain.CustomerNotFound;
import com.rentcar.platform.security.Callers;

@RestController
@RequestMapping("/api/customers")
class CustomerController {

    private final RegisteringCustomer registering;
    private final ReadingProfile reading;

    CustomerController(RegisteringCustomer registering, ReadingProfile reading) {
        this.registering = registering;
        this.reading = reading;
    }

    @PostMapping
    ResponseEntity<ProfileResponse> signUp(@Valid @RequestBody RegistrationRequest request, UriComponentsBuilder uris) {
        var customer = registering.register(request.toRegistration());
        var location = uris.path("/api/customers/{id}").build(customer.id().value());
        return ResponseEntity.created(location).body(ProfileResponse.of(customer));
    }

    @GetMapping("/me")
    ProfileResponse me(@AuthenticationPrincipal Jwt token) {
        return ProfileResponse.of(reading.profileOf(new CustomerId(Callers.customerId(token))));
    }

    /** One profile, for its owner or an admin; to anyone else it does not exist. */
    @GetMapping("/{id}")
    ProfileResponse profile(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        var customerId = new CustomerId(id);
        if (!Callers.isAdmin(token) && !id.equals(Callers.customerId(token))) {
            throw new CustomerNotFound(customerId);
        }
        return ProfileResponse.of(reading.profileOf(customerId));
    }
}
