package io.claimtracker.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-wire-compatible server in this JVM (mongo-java-server), standing in for {@code mongod}, which cannot be
 * installed here. It lacks $text, transactions, $dateTrunc and TTL (INFRA.md). Its oplog (change streams) is off:
 * nothing here reads change streams (query-service tails Kafka), and keeping it doubled every write.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final int port;

    private EmbeddedMongo(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** A server whose data lives in memory only, on {@code port} (0 for a free one). */
    public static EmbeddedMongo inMemory(int port) {
        return start(new MemoryBackend() {
            @Override
            public Document handleCommand(Channel channel, String database, String command, Document query) {
                return super.handleCommand(channel, database, knownCommand(command), query);
            }
        }, port, "memory");
    }

    /** A server keeping its data in an H2 file under {@code dataDir}, so it survives restarts. */
    public static EmbeddedMongo start(int port, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = dataDir.resolve("mongo.mv.db").toAbsolutePath();
        return start(new H2Backend(openStore(file)) {
            @Override
            public Document handleCommand(Channel channel, String database, String command, Document query) {
                return super.handleCommand(channel, database, knownCommand(command), query);
            }
        }, port, file.toString());
    }

    /**
     * The H2 store behind the stand-in. Its defaults (a 16 MB page cache, compaction whenever chunks fall below 90%
     * full) made the pipeline benchmark spend most of the stand-in's CPU re-reading and re-serialising pages once the
     * store outgrew the cache; a larger cache and compaction only of chunks under half full cost far less.
     */
    private static MVStore openStore(Path file) {
        return new MVStore.Builder()
                .fileName(file.toString())
                .cacheSize(Integer.getInteger("claimtracker.mongo.cache-mb", 64))
                .autoCompactFillRate(50)
                .open();
    }

    private static EmbeddedMongo start(MongoBackend backend, int port, String storage) {
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            server.shutdown(); // stops its event loops and closes the backend, releasing the H2 file lock
            throw e;
        }
        int bound = server.getLocalAddress().getPort();
        log.info("MongoDB stand-in ready on 127.0.0.1:{} (data in {})", bound, storage);
        return new EmbeddedMongo(server, bound);
    }

    /**
     * {@code hello} is what MongoDB 5+ clients send to ask about the server (Spring Boot's health indicator among
     * them); the stand-in knows it only by its older name {@code isMaster}, whose answer carries the same fields.
     * Mending it here keeps the services on Boot's own health check, unchanged for real MongoDB.
     */
    private static String knownCommand(String command) {
        return command.equals("hello") ? "isMaster" : command;
    }

    /** {@code mongodb://127.0.0.1:PORT}, without a database: append {@code /name} to choose one. */
    public String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Closes client connections and the backend; the H2 backend writes its file on close. */
    @Override
    public void close() {
        server.shutdownNow();
    }
}
