package com.rentcar.drills.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.rentcar.drills.DrillFailed;

/**
 * The broker as a drill sees it: what is on a topic, writing a message by hand, the consumer groups and their
 * committed offsets, and moving a group's offsets back (the Admin API, as {@code kafka-consumer-groups
 * --reset-offsets} does). Nothing here joins a consumer group: topics are read by assigning partitions.
 */
public final class Events {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

    private final String bootstrap;

    public Events(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** One message as it is on the topic. */
    public record Message(String topic, int partition, long offset, String key, String value,
            Map<String, String> headers, Instant timestamp) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    /** Everything written to {@code topic} since {@code since} (by message time), up to its end now. */
    public List<Message> read(String topic, Instant since) {
        return read(topic, (consumer, partitions) -> {
            var query = new HashMap<TopicPartition, Long>();
            partitions.forEach(p -> query.put(p, since.toEpochMilli()));
            var found = consumer.offsetsForTimes(query, CALL_TIMEOUT);
            var starts = new HashMap<TopicPartition, Long>();
            found.forEach((partition, offset) -> {
                if (offset != null) {
                    starts.put(partition, offset.offset());
                }
            });
            return starts;
        });
    }

    /**
     * Everything on {@code topic} from its first retained message up to its end now: for a check that must not depend
     * on message timestamps or the broker's time index.
     */
    public List<Message> readAll(String topic) {
        return read(topic, (consumer, partitions) -> consumer.beginningOffsets(partitions, CALL_TIMEOUT));
    }

    /** Where to start reading each partition; a partition left out is read from its end (nothing). */
    private interface StartOffsets {
        Map<TopicPartition, Long> of(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions);
    }

    private List<Message> read(String topic, StartOffsets startOffsets) {
        try (var consumer = consumer()) {
            var partitions = consumer.partitionsFor(topic, CALL_TIMEOUT).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            var starts = startOffsets.of(consumer, partitions);
            var ends = consumer.endOffsets(partitions, CALL_TIMEOUT);
            var remaining = new HashSet<TopicPartition>();
            for (var partition : partitions) {
                long from = starts.getOrDefault(partition, ends.get(partition));
                consumer.seek(partition, from);
                if (from < ends.get(partition)) {
                    remaining.add(partition);
                }
            }
            var messages = new ArrayList<Message>();
            long deadline = System.nanoTime() + CALL_TIMEOUT.toNanos();
            while (!remaining.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new DrillFailed("could not read " + topic + " to its end within " + CALL_TIMEOUT.toSeconds() + " s");
                }
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    var partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < ends.get(partition)) {
                        messages.add(new Message(record.topic(), record.partition(), record.offset(), record.key(),
                                record.value(), headers(record.headers()), Instant.ofEpochMilli(record.timestamp())));
                    }
                }
                remaining.removeIf(p -> consumer.position(p) >= ends.get(p));
            }
            return messages;
        }
    }

    /** Writes one message by hand (as a broken producer would) and returns where it landed. */
    public RecordMetadata write(String topic, Integer partition, String key, String value) {
        try (var producer = producer()) {
            return producer.send(new ProducerRecord<>(topic, partition, key, value)).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new DrillFailed("could not write to " + topic + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DrillFailed("interrupted", e);
        }
    }

    public int partitions(String topic) {
        try (var consumer = consumer()) {
            return consumer.partitionsFor(topic, CALL_TIMEOUT).size();
        }
    }

    /** Every consumer group the broker knows (classic consumer groups and Kafka Streams applications alike). */
    public Set<String> groups() {
        try (var admin = admin()) {
            return admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .stream().map(GroupListing::groupId).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        } catch (Exception e) {
            throw failed("list the consumer groups", e);
        }
    }

    /** The groups with an active member reading {@code topic} now. */
    public Set<String> groupsReading(String topic) {
        try (var admin = admin()) {
            var descriptions = admin.describeConsumerGroups(groups()).all().get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            var reading = new java.util.TreeSet<String>();
            descriptions.forEach((group, description) -> description.members().forEach(member -> {
                if (member.assignment().topicPartitions().stream().anyMatch(p -> p.topic().equals(topic))) {
                    reading.add(group);
                }
            }));
            return reading;
        } catch (Exception e) {
            throw failed("describe the consumer groups", e);
        }
    }

    /** A group's committed offsets (the next offset it will read), by partition. */
    public Map<TopicPartition, Long> committed(String group) {
        try (var admin = admin()) {
            var offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            var committed = new TreeMap<TopicPartition, Long>(java.util.Comparator.comparing(TopicPartition::toString));
            offsets.forEach((partition, offset) -> {
                if (offset != null) {
                    committed.put(partition, offset.offset());
                }
            });
            return committed;
        } catch (Exception e) {
            throw failed("read the offsets of group " + group, e);
        }
    }

    /** How many messages of the group's topics it has not committed yet (0: it has caught up). */
    public long lag(String group, Collection<String> topics) {
        var committed = committed(group);
        long lag = 0;
        for (var entry : endOffsets(topics).entrySet()) {
            lag += entry.getValue() - committed.getOrDefault(entry.getKey(), 0L);
        }
        return lag;
    }

    /**
     * Moves a group's committed offsets on {@code topics} back to the beginning: every message is delivered to
     * it again. The group must have no active member (stop its service first), as with the command-line tool.
     *
     * @return how many messages will be delivered again
     */
    public long rewind(String group, Collection<String> topics) {
        try (var admin = admin()) {
            var committed = committed(group);
            var starts = offsets(admin, topics, OffsetSpec.earliest());
            var rewound = new LinkedHashMap<TopicPartition, OffsetAndMetadata>();
            long redelivered = 0;
            for (var entry : starts.entrySet()) {
                var from = committed.get(entry.getKey());
                if (from != null) {
                    redelivered += from - entry.getValue();
                }
                rewound.put(entry.getKey(), new OffsetAndMetadata(entry.getValue()));
            }
            admin.alterConsumerGroupOffsets(group, rewound).all().get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return redelivered;
        } catch (Exception e) {
            throw failed("rewind group " + group + " on " + topics, e);
        }
    }

    /**
     * Moves a group's committed offsets on {@code topics} back to the first message written at or after
     * {@code since} ({@code kafka-consumer-groups --reset-offsets --to-datetime}): what it read since then is
     * delivered to it again. The group must have no active member (stop its service first).
     *
     * @return how many messages will be delivered again
     */
    public long rewindTo(String group, Collection<String> topics, Instant since) {
        try (var admin = admin()) {
            var committed = committed(group);
            var ends = offsets(admin, topics, OffsetSpec.latest());
            var starts = offsets(admin, topics, OffsetSpec.forTimestamp(since.toEpochMilli()));
            var rewound = new LinkedHashMap<TopicPartition, OffsetAndMetadata>();
            long redelivered = 0;
            for (var entry : starts.entrySet()) {
                var partition = entry.getKey();
                var from = committed.get(partition);
                if (from == null) {
                    continue; // the group never read this partition: nothing to replay
                }
                long to = entry.getValue() < 0 ? ends.get(partition) : entry.getValue();
                if (to < from) {
                    redelivered += from - to;
                    rewound.put(partition, new OffsetAndMetadata(to));
                }
            }
            if (!rewound.isEmpty()) {
                admin.alterConsumerGroupOffsets(group, rewound).all().get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            return redelivered;
        } catch (Exception e) {
            throw failed("rewind group " + group + " on " + topics + " to " + since, e);
        }
    }

    /** The topics a group has committed offsets on. */
    public Set<String> topicsOf(String group) {
        var topics = new java.util.TreeSet<String>();
        committed(group).keySet().forEach(p -> topics.add(p.topic()));
        return topics;
    }

    public Map<TopicPartition, Long> endOffsets(Collection<String> topics) {
        try (var admin = admin()) {
            return offsets(admin, topics, OffsetSpec.latest());
        } catch (Exception e) {
            throw failed("read the end offsets of " + topics, e);
        }
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, Collection<String> topics, OffsetSpec spec)
            throws Exception {
        var descriptions = admin.describeTopics(topics).allTopicNames().get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        var query = new HashMap<TopicPartition, OffsetSpec>();
        descriptions.forEach((topic, description) -> description.partitions()
                .forEach(p -> query.put(new TopicPartition(topic, p.partition()), spec)));
        var result = admin.listOffsets(query).all().get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        var offsets = new TreeMap<TopicPartition, Long>(java.util.Comparator.comparing(TopicPartition::toString));
        result.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static Map<String, String> headers(Iterable<Header> headers) {
        var map = new LinkedHashMap<String, String>();
        for (var header : headers) {
            map.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return map;
    }

    private static DrillFailed failed(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        var cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return new DrillFailed("could not " + what + ": " + cause, cause);
    }

    private KafkaConsumer<String, String> consumer() {
        var properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "rentcar-drill-reader");
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer() {
        var properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "rentcar-drill-writer");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private Admin admin() {
        var properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "rentcar-drill-admin");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return Admin.create(properties);
    }
}
