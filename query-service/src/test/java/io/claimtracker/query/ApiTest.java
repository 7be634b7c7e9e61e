package io.claimtracker.query;

import io.claimtracker.contracts.store.Collections;
import io.claimtracker.infra.test.Infra;
import io.claimtracker.infra.test.InfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
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
@ExtendWith(InfraExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"claimtracker.query.stream.heartbeat=1s",
                // the stand-in warns on every aggregation that it ignores the cursor batch size
                "logging.level.de.bwaldvogel.mongo.backend.aggregation=ERROR"})
@AutoConfigureWebTestClient
abstract class ApiTest {

    static final String DATABASE = "query-service-test";

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> Infra.shared().kafkaBootstrapServers());
        registry.add("spring.mongodb.uri", () -> Infra.shared().mongoUri(DATABASE));
    }

    /**
     * WebTestClient's default 5 s answer timeout is shorter than the first request of a cold JVM on a loaded
     * 2-core CI machine (seen once); a hang still fails, after 30 s.
     */
    @BeforeEach
    void patientClient() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
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
