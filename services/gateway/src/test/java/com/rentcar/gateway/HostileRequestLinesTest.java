package com.rentcar.gateway;

import static com.rentcar.gateway.testsupport.Problems.detail;
import static com.rentcar.gateway.testsupport.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Request lines the hostile-input drill sends: each refused with a problem the client can read, not an empty answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class HostileRequestLinesTest {

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @Test
    void aTenThousandCharacterPathIsA414Problem() {
        var result = expectProblem(client.get().uri(URI.create("http://localhost:" + port + "/api/cars/" + "a".repeat(10_000)))
                .exchange(), 414);
        assertThat(detail(result)).contains("at most 2048");
    }

    @Test
    void aLongQueryCountsToo() {
        expectProblem(client.get().uri(URI.create("http://localhost:" + port + "/api/cars?model=" + "x".repeat(5_000)))
                .exchange(), 414);
    }

    @Test
    void anEncodedTraversalIsA400Problem() {
        var result = expectProblem(client.get().uri(URI.create("http://localhost:" + port + "/api/cars/..%2f..%2factuator/env"))
                .exchange(), 400);
        assertThat(detail(result)).startsWith("the request was refused");
    }
}
