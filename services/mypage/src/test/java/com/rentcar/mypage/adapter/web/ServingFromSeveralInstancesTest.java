package com.rentcar.mypage.adapter.web;

import static com.rentcar.mypage.MyPageApi.assertProblem;
import static com.rentcar.mypage.MyPageApi.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;

import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.test.context.TestPropertySource;

import com.rentcar.mypage.ContractEvents;
import com.rentcar.mypage.ContractEvents.Trip;
import com.rentcar.mypage.EventTopics;
import com.rentcar.mypage.MyPageApi;
import com.rentcar.mypage.MyPageApplication;
import com.rentcar.mypage.MyPageServiceTest;
import com.rentcar.mypage.adapter.streams.MyPageTopology;
import com.rentcar.platform.test.TestTokens;

/**
 * Scale-out: a second instance joins the first one's group, each keeps a share of the pages, and either answers
 * for every customer by fetching a page it does not keep from the instance that does.
 */
@MyPageServiceTest
@TestPropertySource(properties = "rentcar.test.context=scale-out") // its own broker: a second instance joins only here
class ServingFromSeveralInstancesTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    StreamsBuilderFactoryBean streams;

    @Test
    void either_instance_answers_for_every_customer_fetching_pages_the_other_keeps() throws Exception {
        try (var second = secondInstance()) {
            var secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            var first = new MyPageApi(port);
            var other = new MyPageApi(secondPort);
            var customers = new ArrayList<UUID>();
            var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            try (var topics = new EventTopics(kafka)) {
                for (var i = 0; i < 12; i++) {
                    var customer = UUID.randomUUID();
                    customers.add(customer);
                    topics.publish(ContractEvents.customerRegistered(customer, "user" + i, "User " + i, now),
                            Trip.of(customer).reservationConfirmed(now.plusSeconds(60)),
                            Trip.of(customer).reservationConfirmed(now.plusSeconds(120)));
                }
            }

            for (var customer : customers) {
                var token = TestTokens.customer(customer);
                var page = first.awaitMyPage(token, p -> p.path("history").size() == 2 && p.path("customer").isObject());
                assertThat(other.awaitMyPage(token, p -> p.path("history").size() == 2 && p.path("customer").isObject()))
                        .isEqualTo(page);
                // the page asked for reaches the instance that keeps it: the older reservation, alone
                var older = "/api/mypage?page=1&size=1";
                var olderByOther = other.awaitMyPage(older, token, p -> p.path("customer").isObject());
                assertThat(olderByOther).isEqualTo(first.awaitMyPage(older, token, p -> p.path("customer").isObject()));
                assertThat(olderByOther.path("history")).containsExactly(page.path("history").get(1));
                var byAdmin = other.get("/api/mypage/" + customer, TestTokens.admin());
                assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
                assertThat(body(byAdmin)).isEqualTo(page);
            }

            var keepers = new HashSet<Integer>();
            UUID keptByFirst = null;
            for (var customer : customers) {
                var keeper = await().atMost(MyPageApi.PATIENCE).until(() -> ownerPort(customer), p -> p > 0);
                keepers.add(keeper);
                if (keeper == port) {
                    keptByFirst = customer;
                }
            }
            assertThat(keepers).as("both instances keep pages").containsExactlyInAnyOrder(port, secondPort);

            var forwardedTwice = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://localhost:" + secondPort + "/api/mypage"))
                    .header("Authorization", "Bearer " + TestTokens.customer(keptByFirst))
                    .header(PageForwarding.FORWARDED_HEADER, "true").build(), BodyHandlers.ofString());
            assertProblem(forwardedTwice, 503);
            assertThat(forwardedTwice.headers().firstValue("Retry-After")).isPresent();
        }
    }

    /** The port of the instance keeping the customer's page, as the first instance sees the group; 0 while unknown. */
    private int ownerPort(UUID customer) {
        var metadata = streams.getKafkaStreams().queryMetadataForKey(MyPageTopology.STORE, customer.toString(),
                new StringSerializer());
        return metadata.activeHost().port() > 0 ? metadata.activeHost().port() : 0;
    }

    private ConfigurableApplicationContext secondInstance() {
        return new SpringApplicationBuilder(MyPageApplication.class, TestTokens.Verification.class)
                .run("--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + kafka,
                        "--rentcar.mypage.state-dir=target/kafka-streams-state/" + UUID.randomUUID(),
                        "--spring.kafka.streams.cleanup.on-shutdown=true");
    }
}
