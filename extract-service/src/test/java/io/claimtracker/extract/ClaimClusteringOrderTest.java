package io.claimtracker.extract;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.claimtracker.contracts.AppearancesAttributed;
import io.claimtracker.contracts.ArticleReceived;
import io.claimtracker.contracts.store.Collections;
import io.claimtracker.contracts.store.StoredClaim;
import io.claimtracker.extract.engine.ClaimExtractor;
import io.claimtracker.infra.test.Infra;
import io.claimtracker.infra.test.InfraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's result must not depend on the order articles arrive in: the seeds written forward and backward
 * (through both stages, as the listeners run them) give the same claims, speakers and variants.
 */
@ExtendWith(InfraExtension.class)
class ClaimClusteringOrderTest {

    private static final Instant RECEIVED = Instant.parse("2023-07-20T08:00:00Z");
    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(Infra.shared().mongoUri());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    static List<ArticleReceived> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
            List<ArticleReceived> seeds = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(new ArticleReceived(0, null, null, file.getFileName().toString(), null, null, null,
                        Files.readString(file), null, null));
            }
            return seeds;
        }
    }

    /** Both stages in this thread, one article after the other, as the listeners run them. */
    static MongoTemplate runDirectly(MongoClient client, List<ArticleReceived> articles) {
        var processor = new ArticleProcessor(new ClaimExtractor(), JsonMapper.builder().build());
        MongoTemplate mongo = new MongoTemplate(client, "direct-" + UUID.randomUUID());
        var store = new ArticleStore(mongo, Clock.systemUTC());
        var clustering = new ClaimClustering(mongo, Clock.systemUTC());
        clustering.afterPropertiesSet();
        for (ArticleReceived article : articles) {
            ArticleReceived identified = article.withIdentity(RECEIVED);
            ProcessedArticle processed = processor.process(identified, RECEIVED, store.forArticle(identified.articleId()));
            Deque<AppearancesAttributed> events = new ArrayDeque<>(processed.attributions());
            events.addAll(store.write(processed));
            while (!events.isEmpty()) {
                events.addAll(clustering.apply(events.poll()).forwards());
            }
        }
        return mongo;
    }

    StoreSnapshot run(List<ArticleReceived> articles) {
        return StoreSnapshot.of(runDirectly(client, articles));
    }

    @Test
    void forwardAndBackwardGiveTheSameClaimsSpeakersAndVariants() throws IOException {
        List<ArticleReceived> forward = seeds();
        List<ArticleReceived> backward = new ArrayList<>(forward);
        java.util.Collections.reverse(backward);

        StoreSnapshot one = run(forward);
        StoreSnapshot other = run(backward);

        assertThat(one.claims()).hasSizeGreaterThan(20);
        assertThat(one.speakers()).isNotEmpty();
        assertThat(other.speakers()).containsExactlyInAnyOrderEntriesOf(one.speakers());
        assertThat(other.claims()).containsExactlyInAnyOrderEntriesOf(one.claims());
    }

    @Test
    void aStatementReportedByManyOutletsIsOneClaimWithItsVariantsAndTheReplyToIt() throws IOException {
        MongoTemplate mongo = runDirectly(client, seeds());

        List<StoredClaim> claims = mongo.find(new Query(), StoredClaim.class, Collections.CLAIMS);
        assertThat(claims).filteredOn(c -> c.text().toLowerCase().contains("door is always open")).singleElement()
                .satisfies(door -> {
                    assertThat(door.speakerName()).isEqualTo("Richard Moore");
                    assertThat(door.articleIds()).hasSize(4);
                    assertThat(door.text()).doesNotContain("message");
                    assertThat(door.appearances().stream().map(a -> a.text()).distinct()).hasSizeGreaterThan(2);
                    assertThat(door.responses()).extracting(r -> r.speakerName()).contains("Maria Zakharova");
                });
        assertThat(claims).filteredOn(c -> c.articleIds().size() >= 3).hasSizeGreaterThan(2)
                .allSatisfy(c -> assertThat(c.appearances().stream().map(a -> a.articleId()).distinct())
                        .hasSameSizeAs(c.articleIds()));
        assertThat(claims).extracting(StoredClaim::speakerName).filteredOn(n -> n != null && n.contains("Moore"))
                .containsOnly("Richard Moore");
    }

    @Test
    void aDescriptionIsResolvedThroughAnotherArticleWhicheverArrivesFirst() {
        var describing = new ArticleReceived(0, null, null, null, null, null, null,
                "Britain's spy agency spoke out on Wednesday.\n\n“Our door is always open,” the head of MI6 said.\n",
                null, null);
        var naming = new ArticleReceived(0, null, null, null, null, null, null,
                "Richard Moore, the head of MI6, said: “We will handle their offers of help with discretion.”\n",
                null, null);

        MongoTemplate namingFirst = runDirectly(client, List.of(naming, describing));
        MongoTemplate describingFirst = runDirectly(client, List.of(describing, naming));

        assertThat(StoreSnapshot.of(describingFirst)).isEqualTo(StoreSnapshot.of(namingFirst));
        // the two ways there: resolved at once through the directory, or waiting under a pending key until resolved
        assertThat(namingFirst.getCollection(ClaimClustering.RESOLUTIONS).countDocuments()).isZero();
        assertThat(describingFirst.getCollection(ClaimClustering.RESOLUTIONS).countDocuments()).isEqualTo(1);
        assertThat(namingFirst.find(new Query(), StoredClaim.class, Collections.CLAIMS))
                .filteredOn(c -> c.text().contains("door is always open")).singleElement()
                .satisfies(claim -> {
                    assertThat(claim.speakerName()).isEqualTo("Richard Moore");
                    assertThat(claim.speakerId()).isNotNull();
                });
    }

    /**
     * Real news at some volume, where short statements hesitate between claims and claims merge: 120 PolNeAR
     * articles (read from ../shared when it is there; never part of the repository) go through both stages, and
     * going through them all again changes nothing, although the second time the directory knows every name.
     */
    @Test
    void aHundredAndTwentyNewsArticlesTwiceGiveTheSameClaims() throws IOException {
        Path corpus = Path.of("..", "..", "shared", "eval", "polnear", "train", "text");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "PolNeAR is not next to the project");
        List<ArticleReceived> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.sorted().limit(120).toList()) {
                articles.add(new ArticleReceived(0, null, null, null, null, null, null, Files.readString(file), null,
                        null));
            }
        }
        List<ArticleReceived> twice = new ArrayList<>(articles);
        twice.addAll(articles);

        StoreSnapshot once = run(articles);
        StoreSnapshot again = run(twice);

        assertThat(once.claims()).hasSizeGreaterThan(500);
        assertThat(again.speakers()).containsExactlyInAnyOrderEntriesOf(once.speakers());
        assertThat(again.claims()).containsExactlyInAnyOrderEntriesOf(once.claims());
    }
}
