package io.claimtracker.query;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * MongoDB's health by {@code ping}. Replaces Boot's indicator (same bean name), which sends {@code hello}: the
 * embedded stand-in does not know that command and would keep the service DOWN though every query works.
 */
@Component("mongoHealthIndicator")
class MongoPingHealth extends AbstractReactiveHealthIndicator {

    private final ReactiveMongoTemplate mongo;

    MongoPingHealth(ReactiveMongoTemplate mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return mongo.executeCommand(new Document("ping", 1))
                .then(mongo.getMongoDatabase())
                .map(database -> builder.up().withDetail("database", database.getName()).build());
    }
}
