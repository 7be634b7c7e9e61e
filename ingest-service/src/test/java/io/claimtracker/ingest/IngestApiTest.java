package io.claimtracker.ingest;

import io.claimtracker.contracts.ArticleIds;
import io.claimtracker.infra.test.Infra;
import io.claimtracker.infra.test.InfraExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP API against a real broker and the MongoDB stand-in. Limits are lowered here (64 KiB article, 32 KiB
 * line, 256 KiB batch) so the 413 cases need small bodies; production defaults are 4 MiB, 4 MiB and 64 MiB.
 */
@ExtendWith(InfraExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ingest.limits.article=64KB", "ingest.limits.line=32KB", "ingest.limits.batch=256KB"})
class IngestApiTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> Infra.shared().kafkaBootstrapServers());
        registry.add("spring.mongodb.uri", () -> Infra.shared().mongoUri());
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void anArticleIsPublishedToArticlesRawKeyedByItsId() throws Exception {
        String url = "https://www.example.com/mi6/" + UUID.randomUUID() + "?utm_source=feed";
        Instant before = Instant.now();

        HttpResponse<String> response = post("application/json", """
                {"url": "%s", "outlet": "UPI", "title": "MI6 chief", "publishedAt": "2023-07-19T22:59:00+01:00",
                 "language": "en", "text": "Moore said: “Our door is always open.”",
                 "articleId": "not-yours-to-choose", "source": "rss"}""".formatted(url));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode answer = JSON.readTree(response.body());
        String id = ArticleIds.of(url, null, null);
        assertThat(answer.get("articleId").stringValue()).isEqualTo(id);
        assertThat(answer.get("duplicate").booleanValue()).isFalse();

        List<ConsumerRecord<String, String>> records = RawTopicRecords.withKey(kafka(), id);
        assertThat(records).hasSize(1);
        JsonNode value = JSON.readTree(records.get(0).value());
        assertThat(value.get("schemaVersion").intValue()).isEqualTo(1);
        assertThat(value.get("articleId").stringValue()).isEqualTo(id);
        assertThat(value.get("url").stringValue()).isEqualTo(url);
        assertThat(value.get("outlet").stringValue()).isEqualTo("UPI");
        assertThat(value.get("title").stringValue()).isEqualTo("MI6 chief");
        assertThat(value.get("publishedAt").stringValue()).as("normalised to an instant")
                .isEqualTo("2023-07-19T21:59:00Z");
        assertThat(value.get("language").stringValue()).isEqualTo("en");
        assertThat(value.get("text").stringValue()).isEqualTo("Moore said: “Our door is always open.”");
        assertThat(Instant.parse(value.get("receivedAt").stringValue())).isBetween(before, Instant.now());
        assertThat(value.has("html")).isFalse();
        assertThat(value.has("source")).as("unknown fields are not passed on").isFalse();
    }

    @Test
    void aRepeatIsADuplicateAndIsNotPublishedAgain() throws Exception {
        String text = "Zakharova replied within the hour. " + UUID.randomUUID();
        String first = post("application/json", "{\"text\": \"" + text + "\"}").body();
        // the same text with other whitespace and other metadata is the same article
        HttpResponse<String> repeat = post("application/json",
                "{\"text\": \"  " + text.replace(" ", "\\n ") + "\", \"outlet\": \"Other\"}");

        String id = ArticleIds.of(null, text, null);
        assertThat(JSON.readTree(first).get("duplicate").booleanValue()).isFalse();
        assertThat(repeat.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(repeat.body()).get("articleId").stringValue()).isEqualTo(id);
        assertThat(JSON.readTree(repeat.body()).get("duplicate").booleanValue()).isTrue();
        assertThat(RawTopicRecords.withKey(kafka(), id)).hasSize(1);
    }

    @Test
    void theSameUrlIsTheSameArticleWhateverTheText() throws Exception {
        String url = "http://example.com/story/" + UUID.randomUUID();
        post("application/json", "{\"url\": \"" + url + "\", \"text\": \"first version\"}");

        HttpResponse<String> updated = post("application/json",
                "{\"url\": \"" + url.replace("http:", "https:") + "/\", \"text\": \"corrected version\"}");

        assertThat(JSON.readTree(updated.body()).get("duplicate").booleanValue()).isTrue();
        assertThat(RawTopicRecords.withKey(kafka(), ArticleIds.of(url, null, null))).hasSize(1)
                .allSatisfy(r -> assertThat(r.value()).contains("first version"));
    }

    @Test
    void anNdjsonBatchIsAnsweredPerLineAndOnlyGoodLinesArePublished() throws Exception {
        String good = "Moore urged Russians to spy. " + UUID.randomUUID();
        String alsoGood = "Kemp disagreed. " + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("""
                {"text": "%s", "outlet": "The Sun"}
                {"outlet": "no body"}

                {"html": "<p>%s</p>", "publishedAt": "Wed, 19 Jul 2023 21:59:00 GMT"}
                {"text": "broken",
                {"text": "%s"}
                {"text": "bad date", "publishedAt": "last Wednesday"}
                """).formatted(good, alsoGood, good).getBytes(StandardCharsets.UTF_8));
        body.writeBytes("{\"text\": \"caf\u00e9\"}\r\n".getBytes(StandardCharsets.ISO_8859_1));

        HttpResponse<String> response = post("application/x-ndjson", body.toByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        List<JsonNode> lines = response.body().lines().map(JSON::readTree).toList();
        assertThat(lines).hasSize(8);
        String goodId = ArticleIds.of(null, good, null);
        String alsoGoodId = ArticleIds.of(null, null, "<p>" + alsoGood + "</p>");
        assertThat(lines.get(0).toString())
                .isEqualTo("{\"line\":1,\"status\":\"accepted\",\"articleId\":\"" + goodId + "\",\"duplicate\":false}");
        assertThat(lines.get(1).toString()).isEqualTo("{\"line\":2,\"status\":\"rejected\",\"errors\":[{\"field\":"
                + "\"text\",\"message\":\"is required (or html): the article has no body\"}]}");
        assertThat(lines.get(2).get("line").intValue()).as("blank line 3 is skipped").isEqualTo(4);
        assertThat(lines.get(2).get("status").stringValue()).isEqualTo("accepted");
        assertThat(lines.get(2).get("articleId").stringValue()).isEqualTo(alsoGoodId);
        assertThat(lines.get(3).get("status").stringValue()).isEqualTo("rejected");
        assertThat(lines.get(3).at("/errors/0/message").stringValue()).startsWith("is not valid JSON at column");
        assertThat(lines.get(4).toString())
                .isEqualTo("{\"line\":6,\"status\":\"duplicate\",\"articleId\":\"" + goodId + "\",\"duplicate\":true}");
        assertThat(lines.get(5).at("/errors/0/field").stringValue()).isEqualTo("publishedAt");
        assertThat(lines.get(6).get("line").intValue()).isEqualTo(8);
        assertThat(lines.get(6).at("/errors/0/message").stringValue())
                .contains("not UTF-8", "byte 13 of the line", "0xE9");
        assertThat(lines.get(7).toString()).isEqualTo("{\"summary\":{\"lines\":7,\"accepted\":2,\"duplicates\":1,"
                + "\"rejected\":4,\"failed\":0}}");

        assertThat(RawTopicRecords.withKey(kafka(), goodId)).hasSize(1);
        List<ConsumerRecord<String, String>> html = RawTopicRecords.withKey(kafka(), alsoGoodId);
        assertThat(html).hasSize(1);
        assertThat(JSON.readTree(html.get(0).value()).get("publishedAt").stringValue())
                .isEqualTo("2023-07-19T21:59:00Z");
        assertThat(RawTopicRecords.all(kafka())).noneMatch(r -> r.value().contains("bad date")
                || r.value().contains("broken"));
    }

    @Test
    void eachInvalidArticleIsAProblemNamingTheField() throws Exception {
        assertProblem(post("application/json", "{\"title\": \"no body\"}"), 400, "text", "is required");
        assertProblem(post("application/json", "{\"text\": \"   \"}"), 400, "text", "is required");
        assertProblem(post("application/json", "{\"text\": \"a\", \"publishedAt\": \"19/07/2023\"}"), 400,
                "publishedAt", "'19/07/2023' is not a date");
        assertProblem(post("application/json", "{\"text\": \"a\", \"url\": \"example.com/no-scheme\"}"), 400,
                "url", "not an absolute http(s) URL");
        assertProblem(post("application/json", "{\"text\": \"a\", \"language\": \"English!\"}"), 400,
                "language", "is not a language tag");
        assertProblem(post("application/json", "{\"text\": 42}"), 400, "text", "must be a string, not a number");
        assertProblem(post("application/json", "{\n\"text\": \"a\"\n\"title\": \"b\"}"), 400, "body",
                "is not valid JSON at line 3, column 1");
        assertProblem(post("application/json", "[]"), 400, "body", "must be a JSON object");
        assertProblem(post("application/json", ""), 400, "body", "is empty");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedNamingTheByte() throws Exception {
        byte[] latin1 = "{\"text\": \"Moore in Prag\u00fc\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertProblem(post("application/json", latin1), 400, "body", "is not UTF-8: byte 23 (0xFC)");
        assertProblem(post("application/json; charset=ISO-8859-1", "{\"text\": \"a\"}"), 415, "Content-Type",
                "charset=ISO-8859-1 is not accepted");
    }

    @Test
    void anotherContentTypeIsAProblemToo() throws Exception {
        HttpResponse<String> response = post("text/plain", "Moore said so.");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void bodiesOverTheLimitsAre413() throws Exception {
        String big = "{\"text\": \"" + "a".repeat(70 * 1024) + "\"}";
        assertProblem(post("application/json", big), 413, "body", "over the 65536B limit for one article");
        // without a Content-Length (chunked), the limit is found while reading
        assertProblem(postStreamed("application/json", big.getBytes(StandardCharsets.UTF_8)), 413, "body",
                "over the 65536B limit for one article");

        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            batch.append("{\"text\": \"").append(UUID.randomUUID()).append(" ").append("b".repeat(8 * 1024))
                    .append("\"}\n");
        }
        assertProblem(post("application/x-ndjson", batch.toString()), 413, "body", "limit for one batch");
        HttpResponse<String> streamed = postStreamed("application/x-ndjson",
                batch.toString().getBytes(StandardCharsets.UTF_8));
        assertProblem(streamed, 413, "body", "over the 262144B limit at line 32");
        JsonNode problem = JSON.readTree(streamed.body());
        assertThat(problem.get("results")).as("the lines before the limit were handled").hasSize(31);
        assertThat(problem.at("/summary/accepted").intValue()).isEqualTo(31);
    }

    @Test
    void anNdjsonLineOverItsLimitIsRejectedAndTheOthersStillGoThrough() throws Exception {
        String after = "After the long line. " + UUID.randomUUID();
        String body = "{\"text\": \"" + "c".repeat(40 * 1024) + "\"}\n{\"text\": \"" + after + "\"}\n";

        HttpResponse<String> response = post("application/x-ndjson", body);

        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> lines = response.body().lines().map(JSON::readTree).toList();
        assertThat(lines.get(0).at("/errors/0/message").stringValue())
                .isEqualTo("line is 40972 bytes, over the 32768B limit per line");
        assertThat(lines.get(1).get("status").stringValue()).isEqualTo("accepted");
    }

    @Test
    void anEmptyBatchIsAProblem() throws Exception {
        assertProblem(post("application/x-ndjson", "\n  \n"), 400, "body", "has no articles");
    }

    @Test
    void problemsAreProblemJsonEvenWhenTheClientAsksForNdjson() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(articles())
                .header("Content-Type", "application/x-ndjson").header("Accept", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 400, "body", "has no articles");
    }

    @Test
    void healthIsUpAndTheTopicHasItsPartitions() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("status").stringValue()).isEqualTo("UP");
        assertThat(RawTopicRecords.partitionCount(kafka())).isEqualTo(4);
    }

    private void assertProblem(HttpResponse<String> response, int status, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").intValue()).isEqualTo(status);
        assertThat(problem.get("detail").stringValue()).isNotBlank();
        assertThat(problem.get("errors")).as(response.body())
                .anySatisfy(e -> {
                    assertThat(e.get("field").stringValue()).isEqualTo(field);
                    assertThat(e.get("message").stringValue()).contains(message);
                });
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        return post(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(articles()).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the body chunked, without a Content-Length, as a streaming client would. */
    private HttpResponse<String> postStreamed(String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(articles()).header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI articles() {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/articles");
    }

    private static String kafka() {
        return Infra.shared().kafkaBootstrapServers();
    }
}
