package io.claimtracker.query;

import io.claimtracker.contracts.store.Collections;
import io.claimtracker.infra.test.Infra;
import io.claimtracker.infra.test.InfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import reactor.netty.http.client.HttpClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.List;

/**
 * The one Spring context of this module's tests (every subclass shares it): the whole application on a random
 * port against the shared test Kafka and MongoDB, with a short stream heartbeat. Each test starts from empty
 * collections (documents removed, indexes kept) and seeds what it reads.
 */
@ExtendWith({InfraExtension.class, ThreadDumpOnTimeout.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"claimtracker.query.stream.heartbeat=1s",
                // the stand-in warns on every aggregation that it ignores the cursor batch size
                "logging.level.de.bwaldvogel.mongo.backend.aggregation=ERROR"})
abstract class ApiTest {

    static final String DATABASE = "query-service-test";

    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> Infra.shared().kafkaBootstrapServers());
        registry.add("spring.mongodb.uri", () -> Infra.shared().mongoUri(DATABASE));
    }

    @LocalServerPort
    int port;

    /**
     * A client that opens a connection per request (no keep-alive pool) and waits up to 30 s for an answer. Twice,
     * on a loaded 2-core machine, a request of the first test class never got an answer from a reused connection;
     * a fresh connection per request rules that out, and should it happen again the thread dump printed by
     * {@link ThreadDumpOnTimeout} shows where the answer was stuck.
     */
    @BeforeEach
    void freshConnections() {
        web = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.newConnection()))
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    @BeforeEach
    void emptyStore() {
        Flux.just(Collections.CLAIMS, Collections.SPEAKERS, Collections.ARTICLES, Collections.CLAIM_REDIRECTS)
                .concatMap(collection -> mongo.remove(new Query(), collection))
                .then()
                .block(Duration.ofSeconds(10));
    }

    void seed(Fixtures fixtures) {
        Flux.concat(
                        Flux.fromIterable(fixtures.speakers()).concatMap(s -> mongo.insert(s, Collections.SPEAKERS)),
                        Flux.fromIterable(fixtures.articles()).concatMap(a -> mongo.insert(a, Collections.ARTICLES)),
                        Flux.fromIterable(fixtures.claims()).concatMap(c -> mongo.insert(c, Collections.CLAIMS)),
                        Flux.fromIterable(fixtures.redirects())
                                .concatMap(r -> mongo.insert(r, Collections.CLAIM_REDIRECTS)))
                .then()
                .block(Duration.ofSeconds(10));
    }

    static List<String> ids(ClaimPage page) {
        return page.items().stream().map(Claim::id).toList();
    }
}
