package io.claimtracker.extract;

import io.claimtracker.contracts.Topics;
import io.claimtracker.contracts.store.Collections;
import io.claimtracker.contracts.store.StoredArticle;
import io.claimtracker.contracts.store.StoredClaim;
import io.claimtracker.infra.test.Infra;
import io.claimtracker.infra.test.InfraExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * extract-service against a real broker and MongoDB (embedded, or containers where Docker runs): poison records
 * are dead-lettered with their reason while the next article still arrives, and replays change nothing.
 */
@ExtendWith(InfraExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "claimtracker.extract.retry-interval=50ms")
class ExtractPipelineTest {

    private static KafkaProducer<String, String> producer;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> Infra.shared().kafkaBootstrapServers());
        registry.add("spring.mongodb.uri", () -> Infra.shared().mongoUri());
    }

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.shared().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsReasonAndTheNextArticleStillArrives() throws Exception {
        String marker = UUID.randomUUID().toString();
        try (var deadLetters = consumer(Topics.ARTICLES_DEAD_LETTER)) {
            send(null, "{not json " + marker);
            send(null, articleJson("Poll workers " + marker + " said nothing.", null).replace("\"text\"", "\"txt\""));
            String good = "“Our door is always open to " + marker + ",” said Richard Moore, the head of MI6.";
            send(null, articleJson(good, null));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(mongo.find(Query.query(where("tokens").is(marker.split("-")[0])), StoredClaim.class,
                            Collections.CLAIMS)).singleElement().satisfies(claim -> {
                        assertThat(claim.speakerName()).isEqualTo("Richard Moore");
                        assertThat(claim.text()).contains("Our door is always open");
                    }));
            List<ConsumerRecord<String, String>> dead = new CopyOnWriteArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                deadLetters.poll(Duration.ofMillis(200)).forEach(dead::add);
                assertThat(dead).filteredOn(r -> r.value().contains(marker)).hasSize(2);
            });
            var unreadable = dead.stream().filter(r -> r.value().startsWith("{not json")).findFirst().orElseThrow();
            var invalid = dead.stream().filter(r -> r.value().contains("Poll workers")).findFirst().orElseThrow();
            assertThat(header(unreadable, "kafka_dlt-exception-message")).isNotBlank();
            assertThat(header(invalid, "kafka_dlt-exception-message")).contains("invalid article", "text");
        }
    }

    @Test
    void replayingTheSameArticleChangesNothing() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String text = "The minister spoke on Monday.\n\n“We will build " + marker + " bridges,” said Jane Doe.\n";
        try (var changes = consumer(Topics.CLAIMS_CHANGES)) {
            send("some-key", articleJson(text, "https://example.com/" + marker));
            List<StoredClaim> before = awaitClaims(marker);
            String articleId = before.get(0).articleIds().get(0);
            StoredArticle articleBefore = mongo.findById(articleId, StoredArticle.class, Collections.ARTICLES);

            // the same article again: with another key, without a key, and the URL in another form
            send(null, articleJson(text, "https://example.com/" + marker));
            send("other", articleJson(text, "https://www.example.com/" + marker + "/"));
            String sentinel = UUID.randomUUID().toString().substring(0, 8);
            send(null, articleJson("“Sentinel " + sentinel + " is here,” said Jane Doe.", null));
            awaitClaims(sentinel);

            List<StoredClaim> after = claims(marker);
            assertThat(after).usingRecursiveComparison().isEqualTo(before);
            assertThat(after.get(0).appearances()).hasSize(1);
            assertThat(mongo.findById(articleId, StoredArticle.class, Collections.ARTICLES))
                    .usingRecursiveComparison().isEqualTo(articleBefore);
            List<String> events = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                changes.poll(Duration.ofMillis(200)).forEach(r -> events.add(r.value()));
                assertThat(events).anyMatch(e -> e.contains(sentinel));
            });
            assertThat(events).filteredOn(e -> e.contains(marker)).singleElement().asString().contains("CREATED");
        }
    }

    private List<StoredClaim> awaitClaims(String marker) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(claims(marker)).isNotEmpty());
        return claims(marker);
    }

    private List<StoredClaim> claims(String marker) {
        return mongo.find(Query.query(where("tokens").is(marker)), StoredClaim.class, Collections.CLAIMS);
    }

    private static void send(String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, key, value)).get();
    }

    private static String articleJson(String text, String url) {
        return "{" + (url == null ? "" : "\"url\":\"" + url + "\",") + "\"text\":\"" + text.replace("\n", "\\n") + "\"}";
    }

    private static KafkaConsumer<String, String> consumer(String topic) {
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
