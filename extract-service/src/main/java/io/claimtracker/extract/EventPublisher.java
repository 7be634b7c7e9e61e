package io.claimtracker.extract;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/** Sends events and waits for the broker's acknowledgement of all of them, so no offset is committed before. */
@Component
class EventPublisher {

    private final KafkaTemplate<String, Object> template;

    EventPublisher(KafkaTemplate<String, Object> eventTemplate) {
        this.template = eventTemplate;
    }

    <T> void publish(String topic, List<T> events, Function<T, String> key) throws InterruptedException {
        CompletableFuture<?>[] sends = events.stream()
                .map(event -> template.send(topic, key.apply(event), event))
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(sends).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish " + events.size() + " events to " + topic, e);
        }
    }
}
