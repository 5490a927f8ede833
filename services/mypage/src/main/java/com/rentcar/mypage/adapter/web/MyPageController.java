package com.rentcar.mypage.adapter.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.rentcar.mypage.application.PageLookup;
import com.rentcar.mypage.application.ViewingMyPage;
import com.rentcar.mypage.domain.HistoryQuery;
import com.rentcar.platform.security.Callers;
import com.rentcar.platform.web.PageNumber;
import com.rentcar.platform.web.PageSize;

/**
 * A customer's own My Page, and any customer's for an admin: the profile and one page of the history, newest first
 * ({@code page} from 0, {@code size} 1–100, default 20), optionally only the entry of one {@code reservationId}.
 */
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
    ResponseEntity<?> mine(@AuthenticationPrincipal Jwt token,
            @RequestParam(defaultValue = PageNumber.FIRST) @PageNumber int page,
            @RequestParam(defaultValue = PageSize.DEFAULT) @PageSize int size,
            @RequestParam Optional<UUID> reservationId, HttpServletRequest request) {
        return answer(Callers.customerId(token), new HistoryQuery(page, size, reservationId), request);
    }

    @GetMapping(MY_PAGE + "/{customerId}")
    ResponseEntity<?> customers(@PathVariable UUID customerId,
            @RequestParam(defaultValue = PageNumber.FIRST) @PageNumber int page,
            @RequestParam(defaultValue = PageSize.DEFAULT) @PageSize int size,
            @RequestParam Optional<UUID> reservationId, HttpServletRequest request) {
        return answer(customerId, new HistoryQuery(page, size, reservationId), request);
    }

    private ResponseEntity<?> answer(UUID customerId, HistoryQuery query, HttpServletRequest request) {
        return switch (viewing.of(customerId, query)) {
            case PageLookup.Found found -> ResponseEntity.ok(MyPageResponse.of(found));
            case PageLookup.HeldElsewhere owner -> forwarding.forward(owner, request, query);
        };
    }
}
