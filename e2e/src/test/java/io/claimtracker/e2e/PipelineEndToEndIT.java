package io.claimtracker.e2e;

import io.claimtracker.contracts.Topics;
import io.claimtracker.infra.test.Infra;
import io.claimtracker.infra.test.InfraExtension;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The newcomer's test: the three service jars as separate processes over real Kafka and MongoDB. Seed articles
 * posted to ingest come out of the query API as Richard Moore's claims; an article produced straight to Kafka
 * (as kcat would) is queryable seconds later; posting or replaying the same articles adds nothing.
 */
@ExtendWith(InfraExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<ServiceProcess> SERVICES = new ArrayList<>();
    private static ServiceProcess ingest;
    private static ServiceProcess query;

    @BeforeAll
    static void startServices() throws IOException {
        Map<String, String> environment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", Infra.shared().kafkaBootstrapServers(),
                "MONGODB_URI", Infra.shared().mongoUri());
        ingest = ServiceProcess.start("ingest-service", "INGEST_PORT", environment);
        SERVICES.add(ingest);
        SERVICES.add(ServiceProcess.start("extract-service", "EXTRACT_PORT", environment));
        query = ServiceProcess.start("query-service", "QUERY_PORT", environment);
        SERVICES.add(query);
        SERVICES.forEach(service -> service.awaitHealthy(HTTP));
    }

    @AfterAll
    static void stopServices() throws InterruptedException {
        for (ServiceProcess service : SERVICES) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void seedArticlesPostedToIngestComeOutAsRichardMooresClaims() throws Exception {
        List<String> articleIds = new ArrayList<>();
        for (Path seed : seeds()) {
            HttpResponse<String> response = postArticle(Files.readString(seed));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            assertThat(JSON.readTree(response.body()).path("duplicate").asBoolean()).isFalse();
            articleIds.add(JSON.readTree(response.body()).path("articleId").asString());
        }

        // every article through stage one: the query API knows each one
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(articleIds).allSatisfy(id ->
                assertThat(status("/api/v1/articles/" + id)).isEqualTo(200)));
        // and through stage two: a claim of Moore's sent now is clustered after all of theirs (same speaker key)
        awaitSentinel("s" + UUID.randomUUID().toString().substring(0, 8));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode items = get("/api/v1/claims?limit=100&speaker=" + URLEncoder.encode("Richard Moore", StandardCharsets.UTF_8))
                    .path("items");
            assertThat(items.size()).isGreaterThanOrEqualTo(5);
            assertThat(texts(items)).anyMatch(text -> text.toLowerCase().contains("door is always open"));
            items.forEach(claim -> assertThat(claim.path("speaker").path("name").asString()).isEqualTo("Richard Moore"));
        });
    }

    @Test
    @Order(2)
    void postingOrReplayingTheSameArticlesAddsNothing() throws Exception {
        Map<String, Integer> before = mooreClaims();
        assertThat(before).isNotEmpty();

        for (Path seed : seeds()) {
            HttpResponse<String> response = postArticle(Files.readString(seed));
            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(JSON.readTree(response.body()).path("duplicate").asBoolean()).isTrue();
        }
        // a replay as a foreign producer would write it: no article id, a key that is not one. One key for all, so
        // the records share a partition and are processed in order: once the sentinel is in, so are the seeds.
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        try (var producer = producer()) {
            for (Path seed : seeds()) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, marker, articleJson(Files.readString(seed)))).get();
            }
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, marker, articleJson(sentinel(marker)))).get();
        }
        // the sentinel is Moore's too, so in both stages it comes after the replayed seeds
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get("/api/v1/claims?q=" + marker).path("items").size()).isEqualTo(1));
        assertThat(mooreClaims()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void anArticleProducedStraightToKafkaIsQueryableSecondsLater() throws Exception {
        String marker = "k" + UUID.randomUUID().toString().substring(0, 8);
        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, articleJson(
                    "The senator spoke on Tuesday.\n\n“We will fund " + marker + " schools,” said Maria Lopez."))).get();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode items = get("/api/v1/claims?q=" + marker).path("items");
            assertThat(items.size()).isEqualTo(1);
            assertThat(items.get(0).path("speaker").path("name").asString()).isEqualTo("Maria Lopez");
        });
    }

    /** An article with a claim of Moore's that no seed has, found by its marker. */
    private static String sentinel(String marker) {
        return "“The " + marker + " sentinel has landed,” said Richard Moore.";
    }

    private static void awaitSentinel(String marker) throws Exception {
        assertThat(postArticle(sentinel(marker)).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get("/api/v1/claims?q=" + marker).path("items").size()).isEqualTo(1));
    }

    /** claim id -> number of appearances, for Moore's claims from the seeds (sentinels left out). */
    private static Map<String, Integer> mooreClaims() throws Exception {
        Map<String, Integer> claims = new TreeMap<>();
        get("/api/v1/claims?limit=100&speaker=" + URLEncoder.encode("Richard Moore", StandardCharsets.UTF_8))
                .path("items").forEach(claim -> {
                    if (!claim.path("text").asString().contains("sentinel")) {
                        claims.put(claim.path("id").asString(), claim.path("appearances").size());
                    }
                });
        return claims;
    }

    private static List<String> texts(JsonNode items) {
        List<String> texts = new ArrayList<>();
        items.forEach(item -> texts.add(item.path("text").asString()));
        return texts;
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(ServiceProcess.ROOT.resolve("seeds"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static String articleJson(String text) {
        return JSON.writeValueAsString(Map.of("text", text));
    }

    private static HttpResponse<String> postArticle(String text) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingest.port + "/api/v1/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(articleJson(text))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + query.port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + query.port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.shared().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }
}
