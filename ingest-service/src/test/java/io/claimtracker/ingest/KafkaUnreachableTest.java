package io.claimtracker.ingest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.claimtracker.contracts.ArticleIds;
import io.claimtracker.infra.test.Infra;
import io.claimtracker.infra.test.InfraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service with its broker gone: it still starts (in bounded time), and every request that cannot be written
 * fails fast with 503 naming the bootstrap servers, never 202. MongoDB is up, so the failure is Kafka's alone.
 */
@ExtendWith(InfraExtension.class)
class KafkaUnreachableTest {

    /** The producer gives up after max.block.ms = 3 s; allow for a loaded 2-core machine. */
    private static final Duration FAST = Duration.ofSeconds(7);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ConfigurableApplicationContext app;
    private static Duration startup;
    private static String deadBroker;
    private static int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startWithoutABroker() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            deadBroker = "127.0.0.1:" + socket.getLocalPort(); // closed again: connections are refused
        }
        long started = System.nanoTime();
        app = new SpringApplicationBuilder(IngestApplication.class).run("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + deadBroker,
                "--spring.mongodb.uri=" + Infra.shared().mongoUri());
        startup = Duration.ofNanos(System.nanoTime() - started);
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void startsAnywayAfterTheBoundedTopicCreationGivesUp() {
        assertThat(app.isRunning()).isTrue();
        // admin operation-timeout 5 s plus an ordinary start; an unbounded wait would hang here instead
        assertThat(startup).isLessThan(Duration.ofSeconds(40));
    }

    @Test
    void anArticleIs503WithinSecondsNamingTheBrokerAndIsNotRecorded() throws Exception {
        String text = "Never written. " + UUID.randomUUID();
        long started = System.nanoTime();

        HttpResponse<String> response = post("application/json", "{\"text\": \"" + text + "\"}");

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isLessThan(FAST);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").stringValue())
                .contains("Kafka is unreachable at " + deadBroker, "the article was not written");
        try (MongoClient mongo = MongoClients.create(Infra.shared().mongoUri())) {
            assertThat(mongo.getDatabase(Infra.DEFAULT_DATABASE).getCollection(IngestedArticles.COLLECTION)
                    .countDocuments(Filters.eq("_id", ArticleIds.of(null, text, null))))
                    .as("not recorded, so a retry once Kafka is back is published").isZero();
        }
    }

    @Test
    void aBatchIs503WithoutWaitingOnEveryLine() throws Exception {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            batch.append("{\"text\": \"line ").append(i).append(' ').append(UUID.randomUUID()).append("\"}\n");
        }
        long started = System.nanoTime();

        HttpResponse<String> response = post("application/x-ndjson", batch.toString());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").stringValue()).contains(deadBroker, "resending the whole batch is safe");
        assertThat(problem.at("/summary/accepted").intValue()).isZero();
        assertThat(problem.at("/summary/failed").intValue()).isPositive();
        assertThat(problem.get("results")).allSatisfy(r -> assertThat(r.get("status").stringValue())
                .isEqualTo("failed"));
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/articles"))
                        .header("Content-Type", contentType).timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
