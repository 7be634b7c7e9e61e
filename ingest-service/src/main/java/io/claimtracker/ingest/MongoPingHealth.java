package io.claimtracker.ingest;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * MongoDB's health by {@code ping}. Replaces Boot's indicator (same bean name), which sends {@code hello}: the
 * in-process MongoDB stand-in of a local run does not know that command, so the service would always report DOWN.
 * {@code ping} works on both and still needs a round trip to the server.
 */
@Component("mongoHealthIndicator")
class MongoPingHealth implements HealthIndicator {

    private final MongoTemplate mongo;

    MongoPingHealth(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Health health() {
        try {
            mongo.getDb().runCommand(new Document("ping", 1));
            return Health.up().withDetail("database", mongo.getDb().getName()).build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
