package com.rentcar.mypage.adapter.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

import com.rentcar.mypage.application.MyPageUnavailable;
import com.rentcar.mypage.application.PageLookup.HeldElsewhere;
import com.rentcar.mypage.domain.HistoryQuery;

/**
 * Asks the instance that keeps a page for it, with the caller's own token (so that instance checks who may see
 * it), and relays its answer as it is. A request that was already forwarded once is not forwarded again: the
 * pages are moving, and the caller is told to retry.
 */
@Component
class PageForwarding {

    static final String FORWARDED_HEADER = "X-RentCar-MyPage-Forwarded";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private final RestClient http;

    PageForwarding() {
        var client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        var requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(READ_TIMEOUT);
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /** The query is passed on as this instance understood it, not as the caller spelled it. */
    ResponseEntity<String> forward(HeldElsewhere owner, HttpServletRequest request, HistoryQuery query) {
        if (request.getHeader(FORWARDED_HEADER) != null) {
            throw new MyPageUnavailable("the page is moving between instances");
        }
        var uri = UriComponentsBuilder.newInstance().scheme("http").host(owner.host()).port(owner.port())
                .path(request.getRequestURI())
                .queryParam("page", query.page()).queryParam("size", query.size())
                .queryParamIfPresent("reservationId", query.reservationId())
                .build().toUri();
        try {
            return http.get().uri(uri)
                    .headers(headers -> {
                        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
                        if (authorization != null) {
                            headers.set(HttpHeaders.AUTHORIZATION, authorization);
                        }
                        headers.set(FORWARDED_HEADER, "true");
                    })
                    .exchange((sent, answer) -> {
                        var relayed = new HttpHeaders();
                        copy(answer.getHeaders(), relayed, HttpHeaders.CONTENT_TYPE);
                        copy(answer.getHeaders(), relayed, HttpHeaders.RETRY_AFTER);
                        copy(answer.getHeaders(), relayed, HttpHeaders.WWW_AUTHENTICATE);
                        return ResponseEntity.status(answer.getStatusCode()).headers(relayed)
                                .body(body(answer.getBody()));
                    });
        } catch (RestClientException e) {
            throw new MyPageUnavailable("the instance keeping this page (" + owner.host() + ":" + owner.port()
                    + ") did not answer", e);
        }
    }

    private static String body(InputStream in) throws IOException {
        return StreamUtils.copyToString(in, StandardCharsets.UTF_8);
    }

    private static void copy(HttpHeaders from, HttpHeaders to, String name) {
        var values = from.get(name);
        if (values != null) {
            to.put(name, values);
        }
    }
}
