package com.rentcar.mypage.adapter.streams;

import java.util.Objects;
import java.util.UUID;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import com.rentcar.mypage.application.MyPageStore;
import com.rentcar.mypage.application.MyPageUnavailable;
import com.rentcar.mypage.application.PageLookup;
import com.rentcar.mypage.domain.HistoryQuery;
import com.rentcar.mypage.domain.MyPage;

/**
 * Reads pages from the stream's own store (interactive queries): the local RocksDB store when this instance owns
 * the customer's partition, otherwise the address of the instance that does. The page is put together here from
 * its parts in the store ({@link PageParts}) and cut to the page of history asked for; only the cut leaves this
 * instance.
 */
final class StreamsMyPageStore implements MyPageStore {

    private final StreamsBuilderFactoryBean streams;
    private final AdvertisedAddress address;

    StreamsMyPageStore(StreamsBuilderFactoryBean streams, AdvertisedAddress address) {
        this.streams = streams;
        this.address = address;
    }

    @Override
    public PageLookup find(UUID customerId, HistoryQuery query) {
        var running = running();
        var key = customerId.toString();
        var owner = running.queryMetadataForKey(MyPageTopology.STORE, key, Serdes.String().serializer());
        if (owner == null || KeyQueryMetadata.NOT_AVAILABLE.equals(owner)) {
            throw new MyPageUnavailable("no instance holds this page right now (the pages are being reassigned)");
        }
        if (!owner.activeHost().equals(address.self())) {
            return new PageLookup.HeldElsewhere(owner.activeHost().host(), owner.activeHost().port());
        }
        try {
            ReadOnlyKeyValueStore<String, MyPage> pages = running.store(
                    StoreQueryParameters.fromNameAndType(MyPageTopology.STORE, QueryableStoreTypes.keyValueStore()));
            var page = Objects.requireNonNullElseGet(PageParts.read(pages, customerId), () -> MyPage.empty(customerId));
            return new PageLookup.Found(page.customer(), page.historyPage(query));
        } catch (InvalidStateStoreException e) {
            throw new MyPageUnavailable("the pages are moving between instances", e);
        }
    }

    private KafkaStreams running() {
        var kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null) {
            throw new MyPageUnavailable("the read model has not started yet");
        }
        var state = kafkaStreams.state();
        if (state != KafkaStreams.State.RUNNING) {
            throw new MyPageUnavailable("the read model is " + state.name().toLowerCase().replace('_', ' '));
        }
        return kafkaStreams;
    }
}
