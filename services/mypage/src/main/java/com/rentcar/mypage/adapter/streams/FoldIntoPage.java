package com.rentcar.mypage.adapter.streams;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

import com.rentcar.mypage.application.ProjectingMyPage;
import com.rentcar.mypage.domain.CustomerActivity;
import com.rentcar.mypage.domain.MyPage;

/**
 * Folds an activity into the one part of the customer's page it is about (see {@link PageParts}). The store is
 * changelogged and, with exactly-once processing, written in the same transaction as the input's offsets.
 */
final class FoldIntoPage implements Processor<String, CustomerActivity, Void, Void> {

    private final ProjectingMyPage projecting;
    private TimestampedKeyValueStore<String, MyPage> pages;

    FoldIntoPage(ProjectingMyPage projecting) {
        this.projecting = projecting;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        pages = context.getStateStore(MyPageTopology.STORE);
    }

    @Override
    public void process(Record<String, CustomerActivity> record) {
        var activity = record.value();
        var key = PageParts.keyOf(activity);
        var part = pages.get(key);
        // parts are written only once the customer's page is in parts, so a page kept whole can only be behind a
        // missing part: one lookup for the first event about a reservation, none for the ones after it
        if (part == null && splitWholePage(activity.customerId(), record.timestamp())) {
            part = pages.get(key);
        }
        pages.put(key, ValueAndTimestamp.make(projecting.project(part == null ? null : part.value(), activity),
                record.timestamp()));
    }

    /**
     * Splits a page an earlier version kept whole into its parts.
     *
     * @return whether there was such a page
     */
    private boolean splitWholePage(UUID customerId, long timestamp) {
        var whole = pages.get(PageParts.wholePageKey(customerId));
        if (whole == null) {
            return false;
        }
        var page = whole.value();
        if (page.customer() != null) {
            pages.put(PageParts.profileKey(customerId),
                    ValueAndTimestamp.make(new MyPage(customerId, page.customer(), List.of()), timestamp));
        }
        for (var entry : page.history()) {
            pages.put(PageParts.entryKey(customerId, entry.reservationId()),
                    ValueAndTimestamp.make(new MyPage(customerId, null, List.of(entry)), timestamp));
        }
        pages.delete(PageParts.wholePageKey(customerId));
        return true;
    }
}
