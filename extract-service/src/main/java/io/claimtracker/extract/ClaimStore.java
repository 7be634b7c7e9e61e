package io.claimtracker.extract;

import com.mongodb.client.result.UpdateResult;
import io.claimtracker.contracts.ClaimChanged;
import io.claimtracker.contracts.store.Collections;
import io.claimtracker.contracts.store.SearchTokens;
import io.claimtracker.contracts.store.StoredAppearance;
import io.claimtracker.extract.ProcessedArticle.ClaimContribution;
import io.claimtracker.extract.ProcessedArticle.SpeakerContribution;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The only writer of {@code articles}, {@code speakers} and {@code claims}. Every write is keyed by a
 * deterministic id and guarded so that it gives the same document however often it runs: a replayed article
 * changes nothing and reports no change. No transactions (the embedded stand-in has none): each document is
 * right on its own, and a crash part-way is mended by the redelivery.
 */
@Component
class ClaimStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    ClaimStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Writes one article's contribution and returns the claims it created or made grow. */
    List<ClaimChanged> write(ProcessedArticle processed) {
        writeSpeakers(processed.speakers());
        List<ClaimChanged> changes = new ArrayList<>();
        for (ClaimContribution claim : processed.claims()) {
            writeClaim(claim).ifPresent(change -> changes.add(changed(claim, processed, change)));
        }
        writeArticle(processed);
        return changes;
    }

    /**
     * Adds the claim's appearances unless they are there already (by appearance id, so a replay or the same
     * article under another URL form adds nothing). Grow an existing claim, else create it; when neither
     * happened, either the appearances are already in, or another writer created the claim in between, and the
     * loop grows it on the next pass.
     */
    private Optional<ClaimChanged.Change> writeClaim(ClaimContribution claim) {
        Object[] appearanceIds = claim.appearances().stream().map(StoredAppearance::appearanceId).toArray();
        Query lacking = Query.query(where("_id").is(claim.claimId()).and("appearances.appearanceId").nin(appearanceIds));
        Query present = Query.query(where("_id").is(claim.claimId()).and("appearances.appearanceId").in(appearanceIds));
        for (int attempt = 0; attempt < 5; attempt++) {
            if (mongo.updateFirst(lacking, grow(claim), Collections.CLAIMS).getModifiedCount() > 0) {
                return Optional.of(ClaimChanged.Change.GREW);
            }
            try {
                UpdateResult created = mongo.upsert(Query.query(where("_id").is(claim.claimId())),
                        create(claim), Collections.CLAIMS);
                if (created.getUpsertedId() != null) {
                    return Optional.of(ClaimChanged.Change.CREATED);
                }
            } catch (DuplicateKeyException concurrentlyCreated) {
                continue;
            }
            if (mongo.exists(present, Collections.CLAIMS)) {
                return Optional.empty();
            }
        }
        throw new IllegalStateException("claim " + claim.claimId() + " kept changing under a concurrent writer");
    }

    private void writeSpeakers(List<SpeakerContribution> speakers) {
        if (speakers.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Collections.SPEAKERS);
        for (SpeakerContribution speaker : speakers) {
            Set<String> tokens = new LinkedHashSet<>(SearchTokens.of(speaker.name()));
            speaker.aliases().forEach(alias -> tokens.addAll(SearchTokens.of(alias)));
            Update update = new Update()
                    .setOnInsert("name", speaker.name())
                    .min("firstSeen", speaker.seenAt())
                    .max("lastSeen", speaker.seenAt());
            update.addToSet("aliases").each(speaker.aliases().toArray());
            update.addToSet("descriptions").each(speaker.descriptions().toArray());
            update.addToSet("tokens").each(tokens.toArray());
            bulk.upsert(Query.query(where("_id").is(speaker.speakerId())), update);
        }
        bulk.execute();
    }

    private Update grow(ClaimContribution claim) {
        List<StoredAppearance> appearances = claim.appearances();
        Update update = new Update()
                .min("firstSeen", appearances.stream().map(StoredAppearance::seenAt).min(Instant::compareTo).orElseThrow())
                .max("lastSeen", appearances.stream().map(StoredAppearance::seenAt).max(Instant::compareTo).orElseThrow());
        update.push("appearances").each(appearances.stream().map(this::toDocument).toArray());
        update.addToSet("articleIds").each(appearances.stream().map(StoredAppearance::articleId).distinct().toArray());
        update.addToSet("outlets").each(outlets(appearances).toArray());
        update.addToSet("tokens").each(tokens(appearances).toArray());
        return update;
    }

    private Update create(ClaimContribution claim) {
        List<StoredAppearance> appearances = claim.appearances();
        return new Update()
                .setOnInsert("text", claim.text())
                .setOnInsert("kind", claim.kind())
                .setOnInsert("speakerId", claim.speakerId())
                .setOnInsert("speakerName", claim.speakerName())
                .setOnInsert("firstSeen", appearances.stream().map(StoredAppearance::seenAt).min(Instant::compareTo).orElseThrow())
                .setOnInsert("lastSeen", appearances.stream().map(StoredAppearance::seenAt).max(Instant::compareTo).orElseThrow())
                .setOnInsert("articleIds", appearances.stream().map(StoredAppearance::articleId).distinct().toList())
                .setOnInsert("outlets", outlets(appearances))
                .setOnInsert("appearances", appearances.stream().map(this::toDocument).toList())
                .setOnInsert("tokens", tokens(appearances));
    }

    private static List<String> outlets(List<StoredAppearance> appearances) {
        return appearances.stream().map(StoredAppearance::outlet).filter(Objects::nonNull).distinct().toList();
    }

    private static List<String> tokens(List<StoredAppearance> appearances) {
        Set<String> tokens = new LinkedHashSet<>();
        appearances.forEach(a -> tokens.addAll(SearchTokens.of(a.text())));
        return List.copyOf(tokens);
    }

    /**
     * The first processing of an article id decides its document: a replay, or the same article under another URL
     * form, leaves it as it is.
     */
    private void writeArticle(ProcessedArticle processed) {
        Document document = new Document();
        mongo.getConverter().write(processed.article(), document);
        document.remove("_id");
        document.remove("_class");
        document.put("processedAt", clock.instant());
        Update update = new Update();
        document.forEach(update::setOnInsert);
        mongo.upsert(Query.query(where("_id").is(processed.article().id())), update, Collections.ARTICLES);
    }

    private Document toDocument(StoredAppearance appearance) {
        Document document = new Document();
        mongo.getConverter().write(appearance, document);
        document.remove("_class");
        return document;
    }

    private ClaimChanged changed(ClaimContribution claim, ProcessedArticle processed, ClaimChanged.Change change) {
        var article = processed.article();
        return new ClaimChanged(ClaimChanged.SCHEMA_VERSION, claim.claimId(), change, claim.text(), claim.kind(),
                claim.speakerId(), claim.speakerName(), article.id(), article.outlet(), article.seenAt(),
                clock.instant());
    }
}
