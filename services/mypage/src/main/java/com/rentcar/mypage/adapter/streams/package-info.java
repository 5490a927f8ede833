/**
 * The read model's store: a Kafka Streams topology that reads the four event topics, translates each event
 * ({@link com.rentcar.mypage.adapter.streams.CustomerActivityContract}), sends what breaks the contract to
 * {@code <topic>.DLT}, re-keys the rest by customer id and folds each activity into the part of the customer's
 * page it is about ({@link com.rentcar.mypage.adapter.streams.PageParts}) in the persistent (RocksDB) key-value
 * store {@value com.rentcar.mypage.adapter.streams.MyPageTopology#STORE}, queried in place by
 * {@link com.rentcar.mypage.adapter.streams.StreamsMyPageStore} (interactive queries).
 */
package com.rentcar.mypage.adapter.streams;
