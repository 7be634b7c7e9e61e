package io.claimtracker.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker (KRaft, one node acting as broker and controller) running in this JVM: the same broker
 * code as production, without Docker. It is what {@code kafka-storage.sh format} plus {@code kafka-server-start.sh}
 * do, written out, because spring-kafka-test's EmbeddedKafkaKraftBroker cannot take a fixed port (INFRA.md).
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;
    /** Controlled shutdown normally takes well under a second; never let a stuck one hold up the JVM's exit. */
    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(15);

    private final KafkaRaftServer server;
    private final int port;

    private EmbeddedKafka(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts a broker on 127.0.0.1 and returns once it accepts clients.
     *
     * @param port    the client (PLAINTEXT) port, or 0 for a free one
     * @param dataDir where the log lives; an already formatted directory is reused, so its topics and records
     *                survive a restart
     */
    public static EmbeddedKafka start(int port, Path dataDir) {
        int brokerPort = port == 0 ? freePort() : port;
        // the controller listener is internal to this process: any free port will do, also across restarts,
        // because with a static voter set (controller.quorum.voters) the endpoints come from the config, not the log
        int controllerPort = freePort();
        Properties props = config(brokerPort, controllerPort, dataDir);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        formatUnlessFormatted(dataDir);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup(); // returns when the broker is unfenced, i.e. ready for clients
        } catch (RuntimeException e) {
            stop(server);
            throw e;
        }
        log.info("Kafka broker ready on 127.0.0.1:{} (data in {})", brokerPort, dataDir);
        return new EmbeddedKafka(server, brokerPort);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Shuts the broker down, waiting at most {@link #SHUTDOWN_LIMIT}. */
    @Override
    public void close() {
        stop(server);
    }

    private static void stop(KafkaRaftServer server) {
        Thread stopper = new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
        }, "embedded-kafka-shutdown");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(SHUTDOWN_LIMIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            log.warn("Kafka broker did not shut down within {}; leaving it to the JVM's exit", SHUTDOWN_LIMIT);
        }
    }

    private static Properties config(int brokerPort, int controllerPort, Path dataDir) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        // explicit, so data lands in dataDir (the default is /tmp/kafka-logs) and survives restarts
        p.put("log.dirs", dataDir.toAbsolutePath().toString());
        // one node: every internal topic must be satisfiable with a single replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4"); // not 50: fewer partitions to create on the first group join
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        // consumers in tests and on a laptop should get partitions at once, not after the 3 s default delay
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "4");
        // the compaction buffer (for __consumer_offsets) defaults to 128 MiB of heap: far more than a laptop needs
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        return p;
    }

    /** The equivalent of {@code kafka-storage.sh format}; skipped for a directory formatted before. */
    private static void formatUnlessFormatted(Path dataDir) {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            String dir = dataDir.toAbsolutePath().toString();
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream())) // it prints "Formatting ..."
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(dir)
                    .addDirectory(dir)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + dataDir, e);
        }
    }

    /** A port free right now; the small race until the broker binds it is acceptable for local use and tests. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
