package io.claimtracker.infra.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.claimtracker.infra.EmbeddedKafka;
import io.claimtracker.infra.EmbeddedMongo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Kafka and MongoDB for tests, started once per JVM and shared by all test classes, stopped at JVM exit.
 * <p>
 * Where a Docker engine answers, they are real containers (Testcontainers: apache/kafka, mongo as a one-node replica
 * set); otherwise an in-process KRaft broker and the mongo-java-server stand-in (see INFRA.md for what it lacks).
 * Choose with {@code -Dinfra.mode=embedded|testcontainers|auto} (default auto).
 * <p>
 * The state is shared: use your own topic names / database (see {@link #mongoUri(String)}) where tests could collide.
 */
public final class Infra {

    public enum Mode { EMBEDDED, TESTCONTAINERS }

    /** The database of {@link #mongoUri()}. */
    public static final String DEFAULT_DATABASE = "claimtracker-test";
    static final String MODE_PROPERTY = "infra.mode";
    /** isDockerAvailable() can block for minutes where /.dockerenv exists but no engine answers (INFRA.md). */
    private static final Duration DOCKER_PROBE_LIMIT = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(Infra.class);

    private static Infra shared;

    private final Mode mode;
    private final String kafkaBootstrapServers;
    private final String mongoBaseUri;

    private Infra(Mode mode, String kafkaBootstrapServers, String mongoBaseUri) {
        this.mode = mode;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoBaseUri = mongoBaseUri;
    }

    /** Starts the infrastructure on the first call in this JVM (thread-safe); later calls return the same one. */
    public static synchronized Infra shared() {
        if (shared == null) {
            Decision decision = decide(System.getProperty(MODE_PROPERTY, "auto"), Infra::dockerAvailable,
                    DOCKER_PROBE_LIMIT);
            log.info("infra mode {}: {}", decision.mode(), decision.why());
            long started = System.nanoTime();
            shared = decision.mode() == Mode.EMBEDDED ? startEmbedded() : startContainers();
            log.info("infra {} ready in {} ms: kafka={} mongodb={}", shared.mode,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), shared.kafkaBootstrapServers(),
                    shared.mongoUri());
        }
        return shared;
    }

    /** {@code host:port} of the broker. */
    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** {@code mongodb://host:port/claimtracker-test}: the connection string with the {@link #DEFAULT_DATABASE}. */
    public String mongoUri() {
        return mongoUri(DEFAULT_DATABASE);
    }

    /** {@code mongodb://host:port/<database>}: a database of the test's own keeps it apart from other tests. */
    public String mongoUri(String database) {
        return mongoBaseUri + "/" + database;
    }

    public Mode mode() {
        return mode;
    }

    record Decision(Mode mode, String why) {
    }

    /** The mode for a value of {@code infra.mode}; the Docker probe runs only for auto, and at most {@code limit}. */
    static Decision decide(String requested, Callable<Boolean> dockerProbe, Duration limit) {
        switch (requested.trim().toLowerCase(Locale.ROOT)) {
            case "embedded":
                return new Decision(Mode.EMBEDDED, "requested with -D" + MODE_PROPERTY + "=embedded");
            case "testcontainers":
                return new Decision(Mode.TESTCONTAINERS, "requested with -D" + MODE_PROPERTY + "=testcontainers");
            case "auto":
            case "":
                break;
            default:
                throw new IllegalArgumentException(
                        MODE_PROPERTY + " must be embedded, testcontainers or auto, not '" + requested + "'");
        }
        FutureTask<Boolean> probe = new FutureTask<>(dockerProbe);
        Thread thread = new Thread(probe, "infra-docker-probe");
        thread.setDaemon(true); // a probe still blocked after the limit must not keep the JVM alive
        thread.start();
        try {
            return probe.get(limit.toMillis(), TimeUnit.MILLISECONDS)
                    ? new Decision(Mode.TESTCONTAINERS, "auto, a Docker engine answered")
                    : new Decision(Mode.EMBEDDED, "auto, no Docker engine available");
        } catch (TimeoutException e) {
            return new Decision(Mode.EMBEDDED, "auto, Docker did not answer within " + limit.toMillis() + " ms");
        } catch (ExecutionException e) {
            return new Decision(Mode.EMBEDDED, "auto, the Docker probe failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Decision(Mode.EMBEDDED, "auto, interrupted while probing Docker");
        }
    }

    private static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    private static Infra startEmbedded() {
        Path kafkaDir = createTempDir();
        EmbeddedKafka kafka = EmbeddedKafka.start(0, kafkaDir);
        EmbeddedMongo mongo = EmbeddedMongo.inMemory(0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            mongo.close();
            deleteRecursively(kafkaDir);
        }, "infra-shutdown"));
        return new Infra(Mode.EMBEDDED, kafka.bootstrapServers(), mongo.uri());
    }

    private static Infra startContainers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.2.1");
        // a replica set, like production: change streams and transactions need one
        MongoDBContainer mongo = new MongoDBContainer("mongo:8").withReplicaSet();
        Startables.deepStart(kafka, mongo).join();
        // Ryuk would remove them anyway; stopping them at exit frees the engine sooner
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            mongo.stop();
        }, "infra-shutdown"));
        return new Infra(Mode.TESTCONTAINERS, kafka.getBootstrapServers(), mongo.getConnectionString());
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("claimtracker-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete {}: {}", dir, e.toString());
        }
    }
}
