package com.rentcar.mypage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;

import com.rentcar.platform.test.TestTokens;

/**
 * The mypage service running for real: HTTP on a random port, its Kafka Streams application (exactly-once, RocksDB
 * store in a fresh state directory) against an embedded KRaft broker, trusting {@link TestTokens}. No database:
 * My Page has none. Every class so annotated shares one running service.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "rentcar.mypage.state-dir=target/kafka-streams-state/${random.uuid}",
        "spring.kafka.streams.cleanup.on-shutdown=true"})
// one broker: the transaction log (exactly-once) must fit on it
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers", brokerProperties = {
        "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
        "transaction.state.log.num.partitions=3"})
@Import(TestTokens.Verification.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public @interface MyPageServiceTest {
}
