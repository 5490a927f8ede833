package com.rentcar.reservation.adapter.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The bearer token this service presents to payment: obtained by logging in to the customer service with
 * the {@link ServiceAccount}, and reused until shortly before it expires (a fifth of its lifetime, at most a
 * minute, early). A token payment refuses is forgotten, so the next call logs in again.
 */
@Component
public class ServiceTokens {

    private static final Duration MAX_EARLY_RENEWAL = Duration.ofMinutes(1);

    private final RestClient customer;
    private final ServiceAccount account;
    private final Clock clock;
    private final ReentrantLock renewal = new ReentrantLock();
    private volatile Token current;

    ServiceTokens(RestClient.Builder builder, ServiceUrls urls, PaymentClientSettings settings, ServiceAccount account,
            Clock clock) {
        this.customer = OutgoingHttp.client(builder, urls.customer(), settings);
        this.account = account;
        this.clock = clock;
    }

    /**
     * @return a token that is valid now
     * @throws ServiceLoginFailed when the customer service cannot be reached or refuses the account
     */
    public String bearer() {
        var token = current;
        if (token != null && token.usableAt(clock.instant())) {
            return token.value();
        }
        renewal.lock();
        try {
            token = current;
            if (token == null || !token.usableAt(clock.instant())) {
                token = login();
                current = token;
            }
            return token.value();
        } finally {
            renewal.unlock();
        }
    }

    /** Payment refused this token: log in again next time. */
    public void forget(String refused) {
        renewal.lock();
        try {
            if (current != null && current.value().equals(refused)) {
                current = null;
            }
        } finally {
            renewal.unlock();
        }
    }

    private Token login() {
        LoginAnswer answer;
        try {
            answer = customer.post().uri("/api/auth/login")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new LoginRequest(account.username(), account.password()))
                    .exchange((request, response) -> {
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw new ServiceLoginFailed("the customer service answered " + response.getStatusCode()
                                    + " to the login of service account '" + account.username() + "'", null);
                        }
                        return response.bodyTo(LoginAnswer.class);
                    });
        } catch (ServiceLoginFailed e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ServiceLoginFailed("the customer service could not be reached to log in: " + e.getMessage(), e);
        }
        if (answer == null || answer.accessToken() == null || answer.accessToken().isBlank() || answer.expiresIn() <= 0) {
            throw new ServiceLoginFailed("the customer service's login answer has no usable token", null);
        }
        var lifetime = Duration.ofSeconds(answer.expiresIn());
        var early = lifetime.dividedBy(5).compareTo(MAX_EARLY_RENEWAL) < 0 ? lifetime.dividedBy(5) : MAX_EARLY_RENEWAL;
        return new Token(answer.accessToken(), clock.instant().plus(lifetime).minus(early));
    }

    private record Token(String value, Instant renewAt) {

        boolean usableAt(Instant now) {
            return now.isBefore(renewAt);
        }
    }

    record LoginRequest(String username, String password) {

        @Override
        public String toString() {
            return "LoginRequest[username=" + username + "]";
        }
    }

    record LoginAnswer(String accessToken, String tokenType, long expiresIn) {
    }

    /** No token could be obtained; nothing was sent to payment. */
    public static class ServiceLoginFailed extends RuntimeException {

        ServiceLoginFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
