package io.claimtracker.infra.test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.claimtracker.infra.test.Infra.Mode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InfraTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    @Test
    void embeddedIsHonouredWithoutProbingDocker() {
        Infra.Decision decision = Infra.decide("embedded", () -> {
            throw new AssertionError("Docker must not be probed");
        }, LIMIT);

        assertThat(decision.mode()).isEqualTo(Mode.EMBEDDED);
    }

    @Test
    void testcontainersIsHonouredWithoutProbingDocker() {
        Infra.Decision decision = Infra.decide(" TestContainers ", () -> {
            throw new AssertionError("Docker must not be probed");
        }, LIMIT);

        assertThat(decision.mode()).isEqualTo(Mode.TESTCONTAINERS);
    }

    @Test
    void autoFollowsTheProbe() {
        assertThat(Infra.decide("auto", () -> true, LIMIT).mode()).isEqualTo(Mode.TESTCONTAINERS);
        assertThat(Infra.decide("auto", () -> false, LIMIT).mode()).isEqualTo(Mode.EMBEDDED);
        assertThat(Infra.decide("auto", () -> {
            throw new IllegalStateException("no socket");
        }, LIMIT).mode()).isEqualTo(Mode.EMBEDDED);
    }

    @Test
    void autoFallsBackToEmbeddedWhenTheProbeHangs() {
        CountDownLatch never = new CountDownLatch(1);
        long started = System.nanoTime();

        Infra.Decision decision = Infra.decide("auto", () -> {
            never.await();
            return true;
        }, Duration.ofMillis(300));

        assertThat(decision.mode()).isEqualTo(Mode.EMBEDDED);
        assertThat(decision.why()).contains("did not answer");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void anUnknownModeIsRejected() {
        assertThatThrownBy(() -> Infra.decide("docker", () -> true, LIMIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("infra.mode");
    }

    @Test
    void sharedEmbeddedInfraServesKafkaAndMongo() throws Exception {
        // infra.mode=embedded comes from the surefire configuration in the pom
        Infra infra = Infra.shared();

        assertThat(Infra.shared()).isSameAs(infra);
        assertThat(infra.mode()).isEqualTo(Mode.EMBEDDED);
        assertThat(infra.mongoUri()).endsWith("/" + Infra.DEFAULT_DATABASE);
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
        }
        try (MongoClient client = MongoClients.create(infra.mongoUri())) {
            client.getDatabase(Infra.DEFAULT_DATABASE).getCollection("probe").insertOne(new Document("_id", 1));
            assertThat(client.getDatabase(Infra.DEFAULT_DATABASE).getCollection("probe").countDocuments())
                    .isEqualTo(1);
        }
    }
}
