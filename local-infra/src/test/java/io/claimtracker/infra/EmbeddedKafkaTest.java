package io.claimtracker.infra;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class EmbeddedKafkaTest {

    @TempDir
    Path dataDir;

    @Test
    void aRecordProducedIsConsumedBackWithKeyAndValue() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(0, dataDir)) {
            produce(kafka, "round-trip", List.of("article-1"));

            assertThat(consumeAll(kafka, "round-trip", 1))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("key-article-1", "article-1"));
        }
    }

    @Test
    void aRestartOnTheSameDataDirKeepsTheTopicsRecords() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(0, dataDir)) {
            produce(kafka, "kept", List.of("a", "b", "c"));
        }

        try (EmbeddedKafka restarted = EmbeddedKafka.start(0, dataDir)) {
            assertThat(consumeAll(restarted, "kept", 3))
                    .extracting(ConsumerRecord::value)
                    .containsExactlyInAnyOrder("a", "b", "c");
        }
    }

    @Test
    void aTakenPortFailsTheStartInsteadOfEndingTheJvm() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedKafka.start(taken.getLocalPort(), dataDir))
                    .hasStackTraceContaining(String.valueOf(taken.getLocalPort()));
        }
    }

    private static void produce(EmbeddedKafka kafka, String topic, List<String> values) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, "key-" + value, value)).get(); // acknowledged
            }
        }
    }

    /** Reads the topic from the start, through a consumer group (so the group coordinator works too). */
    private static List<ConsumerRecord<String, String>> consumeAll(EmbeddedKafka kafka, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                assertThat(records).hasSizeGreaterThanOrEqualTo(expected);
            });
        }
        return records;
    }
}
