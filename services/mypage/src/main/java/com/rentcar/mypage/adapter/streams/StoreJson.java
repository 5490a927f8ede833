package com.rentcar.mypage.adapter.streams;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.rentcar.mypage.domain.CustomerActivity;
import com.rentcar.mypage.domain.CustomerRegistered;
import com.rentcar.mypage.domain.MyPage;
import com.rentcar.mypage.domain.ReservationChanged;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How pages (in the store and its changelog) and activities (in the repartition topic) are written: JSON of the
 * domain records. The format belongs to this service alone; fields it does not know are ignored when read, so a
 * newer instance's additions do not break an older one during a rolling update.
 */
final class StoreJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(CustomerActivity.class, ActivityKinds.class)
            .build();

    private StoreJson() {
    }

    static Serde<MyPage> pages() {
        return serde(MyPage.class);
    }

    static Serde<CustomerActivity> activities() {
        return serde(CustomerActivity.class);
    }

    private static <T> Serde<T> serde(Class<T> type) {
        var writer = JSON.writerFor(type);
        Serializer<T> serializer = (topic, value) -> value == null ? null : writer.writeValueAsBytes(value);
        Deserializer<T> deserializer = (topic, bytes) -> bytes == null ? null : JSON.readValue(bytes, type);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    /** Which activity a JSON object is, named in its {@code kind} property. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = CustomerRegistered.class, name = "CustomerRegistered"),
            @JsonSubTypes.Type(value = ReservationChanged.class, name = "ReservationChanged")})
    private interface ActivityKinds {
    }
}
