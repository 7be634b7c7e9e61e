package io.claimtracker.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The infrastructure of a local run without Docker: a Kafka broker and the MongoDB stand-in on fixed ports, data
 * kept under DATA_DIR across restarts. The run script waits for the one line this prints to stdout
 * ({@code local-infra ready: kafka=127.0.0.1:9092 mongodb=mongodb://127.0.0.1:27017}); logs go to stderr.
 * <p>
 * Environment: KAFKA_PORT (9092), MONGO_PORT (27017), DATA_DIR (./data; Kafka in DATA_DIR/kafka, MongoDB in
 * DATA_DIR/mongo). Stops cleanly on SIGTERM/SIGINT; exits with 1 when it cannot start.
 */
public final class LocalInfra {

    /** Started services, closed newest first by the shutdown hook (which may run while main is still starting). */
    private static final Deque<AutoCloseable> started = new ConcurrentLinkedDeque<>();

    private LocalInfra() {
    }

    public static void main(String[] args) throws InterruptedException {
        // not named logback.xml: that name in this jar would replace the logging setup of every service's tests
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "local-infra-logback.xml");
        }
        Logger log = LoggerFactory.getLogger(LocalInfra.class); // only now, so the file above is the one used
        try {
            int kafkaPort = port("KAFKA_PORT", 9092);
            int mongoPort = port("MONGO_PORT", 27017);
            String dataDirSetting = System.getenv("DATA_DIR");
            Path dataDir = Path.of(dataDirSetting == null || dataDirSetting.isBlank() ? "data" : dataDirSetting)
                    .toAbsolutePath().normalize();
            requireFree(kafkaPort, "KAFKA_PORT");
            requireFree(mongoPort, "MONGO_PORT");
            Runtime.getRuntime().addShutdownHook(new Thread(LocalInfra::stopAll, "local-infra-shutdown"));

            EmbeddedKafka kafka = EmbeddedKafka.start(kafkaPort, dataDir.resolve("kafka"));
            started.push(kafka);
            EmbeddedMongo mongo = EmbeddedMongo.start(mongoPort, dataDir.resolve("mongo"));
            started.push(mongo);

            System.out.println("local-infra ready: kafka=" + kafka.bootstrapServers() + " mongodb=" + mongo.uri());
            System.out.flush();
        } catch (StartupException e) {
            System.err.println("local-infra: " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            log.error("local-infra could not start", e);
            System.exit(1); // the shutdown hook stops whatever did start
        }
        // the broker's threads would keep the JVM alive anyway; waiting here makes it explicit
        Thread.currentThread().join();
    }

    private static void stopAll() {
        for (AutoCloseable service; (service = started.pollFirst()) != null; ) {
            try {
                service.close();
            } catch (Exception e) {
                System.err.println("local-infra: error while stopping: " + e);
            }
        }
        System.err.println("local-infra: stopped");
    }

    static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StartupException(variable + " must be a port number (1-65535), not '" + value + "'");
        }
    }

    /** Fails with a message naming the variable to change, rather than a bind error deep in Kafka or Netty. */
    static void requireFree(int port, String variable) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            // bound, so free
        } catch (IOException e) {
            throw new StartupException("port " + port + " is in use: set " + variable);
        }
    }

    /** A problem the user fixes through the environment: reported in one line, without a stack trace. */
    static final class StartupException extends RuntimeException {
        StartupException(String message) {
            super(message);
        }
    }
}
