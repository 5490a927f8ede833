package com.rentcar.gateway;

import static com.rentcar.gateway.testsupport.Problems.detail;
import static com.rentcar.gateway.testsupport.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.rentcar.gateway.testsupport.FakeService;
import com.rentcar.gateway.testsupport.TestTokens;

/**
 * A service killed with SIGKILL while it handles a request resets the connection (the kill-reservation drill): the
 * caller gets the same 502 problem as for a connection closed early, not a 500 "unexpected gateway error".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ConnectionResetTest {

    static final TestTokens tokens = new TestTokens();
    static final FakeService customer = FakeService.start("customer", tokens.jwks());
    static final ResettingService reservation = new ResettingService();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("rentcar.services.customer", customer::baseUrl);
        registry.add("rentcar.services.reservation", reservation::baseUrl);
        registry.add("rentcar.security.jwks-uri", customer::jwksUrl);
    }

    @AfterAll
    static void stopServices() throws IOException {
        customer.close();
        reservation.close();
    }

    @Autowired
    WebTestClient client;

    @Test
    void aServiceThatResetsTheConnectionMidRequestIsA502Problem() {
        var result = expectProblem(client.post().uri("/api/reservations").headers(h -> h.setBearerAuth(tokens.customer("c-9")))
                .bodyValue("{}").exchange(), 502);
        assertThat(detail(result)).isEqualTo("reservation service closed the connection before answering");
    }

    /** Reads the start of each request, then resets the connection (SO_LINGER 0 sends an RST), as a killed process does. */
    static final class ResettingService implements AutoCloseable {

        private final ServerSocket server;

        ResettingService() {
            try {
                server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        InputStream in = socket.getInputStream();
                        in.read(new byte[1024]);
                        socket.setSoLinger(true, 0);
                    } catch (IOException e) {
                        // closed at the end of the test
                    }
                }
            });
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
