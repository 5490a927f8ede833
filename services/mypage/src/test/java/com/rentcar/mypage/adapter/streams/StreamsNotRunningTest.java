package com.rentcar.mypage.adapter.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import com.rentcar.mypage.application.MyPageUnavailable;
import com.rentcar.mypage.domain.HistoryQuery;

/** Before the stream runs, pages cannot be read and the instance is not ready. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StreamsNotRunningTest {

    final StreamsBuilderFactoryBean notStarted = new StreamsBuilderFactoryBean();

    @Test
    void a_page_asked_for_before_the_stream_runs_is_unavailable_not_empty() {
        var store = new StreamsMyPageStore(notStarted, new AdvertisedAddress(notStarted, "localhost"));

        assertThatThrownBy(() -> store.find(UUID.randomUUID(), HistoryQuery.firstPage(20)))
                .isInstanceOf(MyPageUnavailable.class)
                .hasMessageContaining("not started");
    }

    @Test
    void the_instance_is_out_of_service_until_the_stream_runs() {
        var health = new StreamsHealthIndicator(notStarted).health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("state", "NOT_STARTED");
    }
}
