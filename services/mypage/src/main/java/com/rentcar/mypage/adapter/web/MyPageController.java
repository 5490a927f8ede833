package com.rentcar.mypage.adapter.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.rentcar.mypage.application.PageLookup;
import com.rentcar.mypage.application.ViewingMyPage;
import com.rentcar.platform.security.Callers;

/** A customer's own My Page, and any customer's for an admin. */
@RestController
class MyPageController {

    static final String MY_PAGE = "/api/mypage";

    private final ViewingMyPage viewing;
    private final PageForwarding forwarding;

    MyPageController(ViewingMyPage viewing, PageForwarding forwarding) {
        this.viewing = viewing;
        this.forwarding = forwarding;
    }

    @GetMapping(MY_PAGE)
    ResponseEntity<?> mine(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        return page(Callers.customerId(token), request);
    }

    @GetMapping(MY_PAGE + "/{customerId}")
    ResponseEntity<?> customers(@PathVariable UUID customerId, HttpServletRequest request) {
        return page(customerId, request);
    }

    private ResponseEntity<?> page(UUID customerId, HttpServletRequest request) {
        return switch (viewing.of(customerId)) {
            case PageLookup.Found found -> ResponseEntity.ok(MyPageResponse.of(found.page()));
            case PageLookup.HeldElsewhere owner -> forwarding.forward(owner, request);
        };
    }
}
