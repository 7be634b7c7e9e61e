package io.claimtracker.query;

import io.claimtracker.contracts.ClaimChanged;
import io.claimtracker.contracts.Topics;
import io.claimtracker.infra.test.Infra;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.reactivestreams.Subscription;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live stream end to end: a ClaimChanged published to the real broker reaches connected SSE clients as the
 * claim read from MongoDB.
 */
class ClaimStreamTest extends ApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The default of claimtracker.query.stream.client-buffer. */
    private static final int CLIENT_BUFFER = 256;
    private static final ParameterizedTypeReference<ServerSentEvent<Claim>> CLAIM_EVENT =
            new ParameterizedTypeReference<>() {
            };

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    JsonMapper json;

    @Autowired
    ClaimChangeFeed feed;

    @Autowired
    ClaimStreamController stream;

    @BeforeEach
    void listenerIsAssigned() throws Exception {
        createTopic();
        // auto.offset.reset=latest: a change published before the assignment would never be seen
        MessageListenerContainer container = listeners.getListenerContainer("claim-stream");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(container.getAssignedPartitions()).isNotEmpty());
    }

    @Test
    void aChangedClaimReachesEveryConnectedClientAsTheCurrentClaim() {
        seed(Fixtures.seedLike());
        Flux<ServerSentEvent<Claim>> first = connect("/api/v1/stream/claims");
        Flux<ServerSentEvent<Claim>> second = connect("/api/v1/stream/claims");

        StepVerifier.create(Flux.merge(claimEvents(first).take(1), claimEvents(second).take(1))
                        .map(ServerSentEvent::data).map(Claim::id))
                .then(() -> publish("cl-door"))
                .expectNext("cl-door", "cl-door")
                .expectComplete()
                .verify(PATIENCE);
    }

    @Test
    void theEventIsNamedClaimAndCarriesTheClaimsIdAndCurrentState() {
        seed(Fixtures.seedLike());

        StepVerifier.create(connect("/api/v1/stream/claims"))
                .assertNext(opening -> assertThat(opening.comment()).isEqualTo("connected"))
                .then(() -> publish("cl-pulverise"))
                .thenConsumeWhile(event -> event.event() == null)
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("claim");
                    assertThat(event.id()).isEqualTo("cl-pulverise");
                    assertThat(event.data().text()).isEqualTo("Russia is pulverising Ukrainian cities");
                    assertThat(event.data().articleCount()).isEqualTo(2);
                    assertThat(event.data().variants()).hasSize(2);
                })
                .thenCancel()
                .verify(PATIENCE);
    }

    @Test
    void aChangeUnderAMergedClaimIdArrivesAsTheSurvivingClaimAsItsPageShowsIt() {
        seed(Fixtures.reach());

        StepVerifier.create(connect("/api/v1/stream/claims"))
                .assertNext(opening -> assertThat(opening.comment()).isEqualTo("connected"))
                .then(() -> publish("cl-door-old"))
                .thenConsumeWhile(event -> event.event() == null)
                .assertNext(event -> {
                    assertThat(event.id()).isEqualTo("cl-door");
                    assertThat(event.data().independentArticleCount()).isEqualTo(3);
                    assertThat(event.data().responses()).extracting(Claim.Response::claimId)
                            .containsExactly("cl-zakharova");
                })
                .thenCancel()
                .verify(PATIENCE);
    }

    @Test
    void aSpeakerParameterNarrowsTheStream() {
        seed(Fixtures.seedLike());

        StepVerifier.create(connect("/api/v1/stream/claims?speaker=Kemp").filter(event -> event.event() != null))
                .then(() -> {
                    publish("cl-door");
                    publish("cl-kemp");
                })
                .assertNext(event -> assertThat(event.id()).isEqualTo("cl-kemp"))
                .thenCancel()
                .verify(PATIENCE);
    }

    @Test
    void changesOfUnknownClaimsAndUnreadableRecordsAreSkipped() {
        seed(Fixtures.seedLike());

        StepVerifier.create(connect("/api/v1/stream/claims").filter(event -> event.event() != null))
                .then(() -> {
                    publish("cl-not-written");
                    kafka.send(Topics.CLAIMS_CHANGES, "cl-zakharova", "{not json").join();
                    publish("cl-kemp");
                })
                // the unreadable value falls back to its key, the claim id
                .assertNext(event -> assertThat(event.id()).isEqualTo("cl-zakharova"))
                .assertNext(event -> assertThat(event.id()).isEqualTo("cl-kemp"))
                .thenCancel()
                .verify(PATIENCE);
    }

    @Test
    void anIdleStreamCarriesHeartbeatComments() {
        StepVerifier.create(connect("/api/v1/stream/claims"))
                .assertNext(opening -> assertThat(opening.comment()).isEqualTo("connected"))
                .assertNext(heartbeat -> assertThat(heartbeat.comment()).isEqualTo("heartbeat"))
                .assertNext(heartbeat -> assertThat(heartbeat.comment()).isEqualTo("heartbeat"))
                .thenCancel()
                .verify(PATIENCE);
    }

    /**
     * A client that stops reading keeps only its buffer's worth of the newest events (heartbeats take a slot or
     * two); a reading client meanwhile gets every one. Changes are handed to the feed directly, in batches smaller than
     * the feed's own buffer, as the Kafka listener would.
     */
    @Test
    void aClientThatStopsReadingLosesItsOldestEventsWithoutHoldingUpOthers() {
        int changes = CLIENT_BUFFER + 44;
        seed(Fixtures.manyClaims(changes));
        List<String> fast = new CopyOnWriteArrayList<>();
        List<String> slow = new CopyOnWriteArrayList<>();
        Disposable fastClient = claimIds(stream.claims(null)).subscribe(fast::add);
        StalledSubscriber slowClient = new StalledSubscriber(slow);
        claimIds(stream.claims(null)).subscribe(slowClient);
        try {
            for (int batch = 0; batch < changes; batch += 50) {
                for (int i = batch; i < Math.min(batch + 50, changes); i++) {
                    feed.onClaimChanged(new ConsumerRecord<>(Topics.CLAIMS_CHANGES, 0, i, "cl-%03d".formatted(i), null));
                }
                int expected = Math.min(batch + 50, changes);
                await().atMost(PATIENCE).until(() -> fast.size() == expected);
            }
            slowClient.resume();

            String newest = "cl-%03d".formatted(changes - 1);
            await().atMost(PATIENCE).until(() -> slow.contains(newest));
            assertThat(fast).hasSize(changes).startsWith("cl-000").endsWith(newest);
            assertThat(slow).hasSizeBetween(CLIENT_BUFFER - 10, CLIENT_BUFFER)
                    .isEqualTo(fast.subList(changes - slow.size(), changes));
        } finally {
            fastClient.dispose();
            slowClient.dispose();
        }
    }

    /** Requests nothing until resumed. */
    private static final class StalledSubscriber extends BaseSubscriber<String> {

        private final List<String> received;

        StalledSubscriber(List<String> received) {
            this.received = received;
        }

        @Override
        protected void hookOnSubscribe(Subscription subscription) {
        }

        @Override
        protected void hookOnNext(String claimId) {
            received.add(claimId);
        }

        void resume() {
            requestUnbounded();
        }
    }

    private static Flux<String> claimIds(Flux<ServerSentEvent<Claim>> stream) {
        return stream.filter(event -> event.event() != null).map(ServerSentEvent::id);
    }

    @Test
    void eachInstanceConsumesInAGroupOfItsOwn() {
        MessageListenerContainer container = listeners.getListenerContainer("claim-stream");

        assertThat(container.getGroupId()).isEqualTo(feed.groupId()).startsWith("query-service-stream-");
        assertThat(feed.groupId()).hasSizeGreaterThan("query-service-stream-".length() + 30);
    }

    private static Flux<ServerSentEvent<Claim>> claimEvents(Flux<ServerSentEvent<Claim>> stream) {
        return stream.filter(event -> event.event() != null);
    }

    private Flux<ServerSentEvent<Claim>> connect(String uri) {
        return web.get().uri(uri).accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(CLAIM_EVENT)
                .getResponseBody();
    }

    private void publish(String claimId) {
        ClaimChanged change = new ClaimChanged(ClaimChanged.SCHEMA_VERSION, claimId, ClaimChanged.Change.GREW,
                "text", "direct", "sp-moore", "Richard Moore", Fixtures.BBC.id(), "BBC", Fixtures.T0, Instant.now());
        kafka.send(Topics.CLAIMS_CHANGES, claimId, json.writeValueAsString(change)).join();
    }

    private static void createTopic() throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infra.shared().kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.CLAIMS_CHANGES, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        }
    }
}
