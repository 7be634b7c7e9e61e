package io.claimtracker.extract;

import io.claimtracker.contracts.AppearancesAttributed;
import io.claimtracker.contracts.ClaimChanged;
import io.claimtracker.contracts.store.Collections;
import io.claimtracker.contracts.store.SearchTokens;
import io.claimtracker.contracts.store.StoredAppearance;
import io.claimtracker.contracts.store.StoredClaim;
import io.claimtracker.contracts.store.StoredClaim.StoredResponse;
import io.claimtracker.contracts.store.TimeSource;
import io.claimtracker.extract.claims.ClaimMatcher;
import io.claimtracker.extract.claims.Wording;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Clusters one speaker's statements from all articles into claims. Runs on {@code claims.appearances}, keyed by
 * speaker, so exactly one consumer at a time writes a speaker's statements and claims: no locks, no races.
 * <p>
 * Each statement joins the claim of every earlier statement of the speaker it states the same as
 * ({@link ClaimMatcher#sameClaim}), merging those claims, so claims are the connected components of the "same
 * claim" graph: the same whatever order statements arrive in. A claim's id is the least seed of its statements
 * (also order-free); a claim merged into another leaves a redirect. The claim document is then rebuilt from its
 * statements, and a change is reported only when the document actually changed, so replays report nothing.
 */
@Component
class ClaimClustering implements InitializingBean {

    /** How strongly a quote of a speaker's words by someone else must echo a claim to count as a response. */
    static final double RESPONSE_ECHO = 0.5;

    private static final Comparator<String> KIND_ORDER = Comparator.comparingInt(
            kind -> List.of("direct", "partial", "indirect").indexOf(kind));

    /** {@code {_id: pending key, speakerId, speakerName}}: who each resolved pending key named. */
    static final String RESOLUTIONS = "speaker_resolutions";

    private final MongoTemplate mongo;
    private final StatementIndex index;
    private final Clock clock;

    ClaimClustering(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.index = new StatementIndex(mongo);
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        var statements = mongo.indexOps(StoredStatement.COLLECTION);
        statements.createIndex(new Index().on("speakerKey", Sort.Direction.ASC).on("words", Sort.Direction.ASC));
        statements.createIndex(new Index().on("claimId", Sort.Direction.ASC));
        statements.createIndex(new Index().on("ambiguous", Sort.Direction.ASC));
        mongo.indexOps(Collections.CLAIM_REDIRECTS).createIndex(new Index().on("mergedInto", Sort.Direction.ASC));
    }

    /**
     * What applying an event did: the claims it created or changed, and events to send on to other speakers' keys
     * (statements that waited under a pending description, now that the person is known).
     */
    record Outcome(List<ClaimChanged> changes, List<AppearancesAttributed> forwards) {
    }

    /** Places the event's statements, or moves a resolved pending key's statements to their speaker. */
    Outcome apply(AppearancesAttributed event) {
        if (event.resolvedAs() != null) {
            return resolve(event.speakerKey(), event.resolvedAs());
        }
        if (event.speakerKey().startsWith(ArticleProcessor.Speaker.PENDING)) {
            Document resolution = mongo.findById(event.speakerKey(), Document.class, RESOLUTIONS);
            if (resolution != null) {
                return new Outcome(List.of(), List.of(event.to(resolution.getString("speakerId"),
                        resolution.getString("speakerId"), resolution.getString("speakerName"))));
            }
        }
        Set<String> touched = new TreeSet<>();
        for (AppearancesAttributed.Appearance appearance : event.appearances()) {
            for (AppearancesAttributed.Statement statement : appearance.statements()) {
                Wording wording = Wording.of(statement.text());
                touched.addAll(place(statement(event, appearance, statement, wording), wording));
            }
        }
        List<ClaimChanged> changes = new ArrayList<>();
        for (String claimId : touched) {
            rebuild(claimId, event.articleId()).ifPresent(changes::add);
        }
        return new Outcome(changes, List.of());
    }

    /**
     * A pending key turned out to name a person: remember it (so later statements under the key go straight on),
     * and send the statements that waited to the person's key, article by article, as if their articles had named
     * the person. Their claims under the pending key go: they will be the person's.
     */
    private Outcome resolve(String pendingKey, AppearancesAttributed.Resolution resolution) {
        mongo.upsert(Query.query(where("_id").is(pendingKey)), new Update()
                .set("speakerId", resolution.speakerId()).set("speakerName", resolution.speakerName()), RESOLUTIONS);
        List<StoredStatement> waiting = mongo.find(Query.query(where("speakerKey").is(pendingKey)),
                StoredStatement.class, StoredStatement.COLLECTION);
        Map<String, List<StoredStatement>> byArticle = new java.util.TreeMap<>();
        waiting.forEach(s -> byArticle.computeIfAbsent(s.articleId(), a -> new ArrayList<>()).add(s));
        List<AppearancesAttributed> forwards = new ArrayList<>();
        byArticle.forEach((articleId, statements) -> forwards.add(reattributed(statements, resolution)));
        Set<String> claimIds = waiting.stream().map(StoredStatement::claimId).collect(Collectors.toSet());
        mongo.remove(Query.query(where("speakerKey").is(pendingKey)), StoredStatement.COLLECTION);
        mongo.remove(Query.query(where("_id").in(claimIds)), Collections.CLAIMS);
        mongo.remove(Query.query(where("_id").in(claimIds)), StatementIndex.MEMBERS);
        return new Outcome(List.of(), forwards);
    }

    /** One article's waiting statements, as the event its article would have sent had it named the speaker. */
    private static AppearancesAttributed reattributed(List<StoredStatement> statements,
                                                     AppearancesAttributed.Resolution to) {
        Map<String, List<StoredStatement>> byAppearance = new java.util.TreeMap<>();
        statements.forEach(s -> byAppearance.computeIfAbsent(s.appearanceId(), a -> new ArrayList<>()).add(s));
        List<AppearancesAttributed.Appearance> appearances = new ArrayList<>();
        byAppearance.forEach((appearanceId, parts) -> {
            StoredStatement any = parts.get(0);
            String[] span = appearanceId.substring(appearanceId.lastIndexOf(':') + 1).split("-");
            appearances.add(new AppearancesAttributed.Appearance(appearanceId, null, Integer.parseInt(span[0]),
                    Integer.parseInt(span[1]), any.kind(), any.cue(), any.speakerMention(), any.reportedBy(),
                    any.relayedIn(), any.confidence(), parts.stream()
                    .sorted(Comparator.comparingInt(StoredStatement::start))
                    .map(p -> new AppearancesAttributed.Statement(p.start(), p.end(), p.text())).toList()));
        });
        StoredStatement any = statements.get(0);
        return new AppearancesAttributed(AppearancesAttributed.SCHEMA_VERSION, to.speakerId(), to.speakerId(),
                to.speakerName(), any.articleId(), any.url(), any.outlet(), any.publishedAt(), any.seenAt(),
                any.timeSource(), appearances, null);
    }

    /**
     * Puts a statement into the claim of every statement it states the same as, merging them. A statement too
     * short to bridge ({@link ClaimMatcher#bridges}) joins the one claim it matches, or stands alone when it
     * matches none or several; it is placed again whenever that could change (a new statement it matches, a merge
     * of the claims it hesitated between), so where it ends depends only on the statements there are. Returns the
     * claims whose documents must be rebuilt: its own, those it left, and those it echoes as a response.
     */
    private Set<String> place(StoredStatement statement, Wording wording) {
        Set<String> joined = new TreeSet<>();
        List<StoredStatement> shorter = new ArrayList<>();
        Set<String> touched = new TreeSet<>();
        for (StoredStatement other : candidates(statement.speakerKey(), wording.indexWords(), statement.id())) {
            Wording otherWording = Wording.of(other.text());
            if (ClaimMatcher.sameClaim(wording, otherWording)) {
                if (other.bridges()) {
                    joined.add(other.claimId());
                } else {
                    shorter.add(other);
                }
            } else if (statement.relayed() != other.relayed()
                    && ClaimMatcher.echo(statement.relayed() ? wording : otherWording,
                    statement.relayed() ? otherWording : wording) >= RESPONSE_ECHO) {
                touched.add(other.claimId());
            }
        }
        StoredStatement stored = mongo.findById(statement.id(), StoredStatement.class, StoredStatement.COLLECTION);
        if (!statement.bridges()) {
            if (stored == null) {
                StoredStatement placed = attach(statement, joined);
                mongo.insert(placed, StoredStatement.COLLECTION);
                index.add(placed);
                touched.add(placed.claimId());
            } else {
                touched.addAll(placeAgain(stored));
            }
            return touched;
        }
        if (stored != null) {
            joined.add(stored.claimId());
        }
        String claimId = joined.stream().filter(id -> id.compareTo(statement.seed()) < 0).findFirst()
                .orElse(statement.seed());
        for (String old : joined) {
            if (!old.equals(claimId)) {
                touched.addAll(merge(old, claimId));
            }
        }
        if (stored == null) {
            StoredStatement placed = statement.withClaimId(claimId, List.of());
            mongo.insert(placed, StoredStatement.COLLECTION);
            index.add(placed);
        }
        // else: the first processing of an article decides its statements (a replay, or the same article under
        // another URL form, changes none of it); merge() above has moved it to claimId if need be
        for (StoredStatement other : shorter) {
            touched.addAll(placeAgain(other));
        }
        touched.remove(statement.seed());
        touched.removeAll(joined);
        touched.add(claimId);
        return touched;
    }

    /** A shorter statement in the one claim it matches, or alone (its seed) when it matches none or several. */
    private static StoredStatement attach(StoredStatement statement, Set<String> claims) {
        return claims.size() == 1
                ? statement.withClaimId(claims.iterator().next(), List.of())
                : statement.withClaimId(statement.seed(), claims.size() > 1 ? List.copyOf(claims) : List.of());
    }

    /** Places a shorter statement again among the claims as they are now; returns the claims it left and joined. */
    private Set<String> placeAgain(StoredStatement statement) {
        Wording wording = Wording.of(statement.text());
        Set<String> claims = new TreeSet<>();
        for (StoredStatement other : candidates(statement.speakerKey(), wording.indexWords(), statement.id())) {
            if (other.bridges() && ClaimMatcher.sameClaim(wording, Wording.of(other.text()))) {
                claims.add(other.claimId());
            }
        }
        StoredStatement placed = attach(statement, claims);
        if (placed.claimId().equals(statement.claimId()) && placed.ambiguous().equals(statement.ambiguous())) {
            return Set.of();
        }
        mongo.save(placed, StoredStatement.COLLECTION);
        index.move(statement, placed);
        return new TreeSet<>(List.of(statement.claimId(), placed.claimId()));
    }

    private List<StoredStatement> candidates(String speakerKey, java.util.Collection<String> indexWords, String except) {
        return index.sharingWords(speakerKey, indexWords, except);
    }

    /**
     * The statements of {@code from} join {@code into}; {@code from}'s id keeps answering through a redirect. Shorter
     * statements that hesitated between the two may now belong to one: they are placed again.
     */
    private Set<String> merge(String from, String into) {
        List<StoredStatement> hesitants = index.hesitants(from);
        List<String> moving = index.members(from).stream().map(StoredStatement::id).toList();
        moving.forEach(id -> mongo.updateFirst(Query.query(where("_id").is(id)), Update.update("claimId", into),
                StoredStatement.COLLECTION));
        index.merged(from, into, moving);
        mongo.remove(Query.query(where("_id").is(from)), Collections.CLAIMS);
        mongo.updateMulti(Query.query(where("mergedInto").is(from)), Update.update("mergedInto", into),
                Collections.CLAIM_REDIRECTS);
        mongo.upsert(Query.query(where("_id").is(from)), Update.update("mergedInto", into), Collections.CLAIM_REDIRECTS);
        Set<String> touched = new TreeSet<>();
        for (StoredStatement hesitant : hesitants) {
            StoredStatement current = mongo.findById(hesitant.id(), StoredStatement.class, StoredStatement.COLLECTION);
            if (current != null) {
                touched.addAll(placeAgain(current));
            }
        }
        touched.remove(from);
        return touched;
    }

    /** Writes the claim's document as its statements now make it; says how it changed, if it did. */
    private Optional<ClaimChanged> rebuild(String claimId, String articleId) {
        List<StoredStatement> members = index.members(claimId);
        if (members.isEmpty()) {
            // its statements all went to other claims (a shorter statement that found its claim)
            mongo.remove(Query.query(where("_id").is(claimId)), Collections.CLAIMS);
            return Optional.empty();
        }
        StoredClaim claim = claimOf(claimId, members, responses(members));
        Document document = new Document();
        mongo.getConverter().write(claim, document);
        document.remove("_class");
        Document before = mongo.findById(claimId, Document.class, Collections.CLAIMS);
        if (document.equals(before)) {
            return Optional.empty();
        }
        mongo.save(document, Collections.CLAIMS);
        StoredStatement latest = members.stream().filter(m -> m.articleId().equals(articleId)).findFirst()
                .orElse(members.get(0));
        return Optional.of(new ClaimChanged(ClaimChanged.SCHEMA_VERSION, claimId,
                before == null ? ClaimChanged.Change.CREATED : ClaimChanged.Change.GREW, claim.text(), claim.kind(),
                claim.speakerId(), claim.speakerName(), latest.articleId(), latest.outlet(), latest.seenAt(),
                clock.instant()));
    }

    /**
     * The claim as its statements make it, whatever order they came in. Its text is the wording most articles
     * share (by {@link Wording#key()}, so "Our door is always open." and "our door is always open" count together),
     * first-hand over relayed; within it, the exact text most articles printed, a direct quote over a partial one,
     * the fuller over the shorter.
     */
    static StoredClaim claimOf(String claimId, List<StoredStatement> members, List<StoredResponse> responses) {
        Map<String, Set<String>> articlesByKey = new HashMap<>();
        Map<String, Set<String>> articlesByText = new HashMap<>();
        Map<StoredStatement, String> keys = new HashMap<>();
        for (StoredStatement m : members) {
            String key = Wording.of(m.text()).key();
            keys.put(m, key);
            articlesByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(m.articleId());
            articlesByText.computeIfAbsent(m.text().strip(), t -> new TreeSet<>()).add(m.articleId());
        }
        String text = members.stream()
                .sorted(Comparator.<StoredStatement>comparingInt(m -> -articlesByKey.get(keys.get(m)).size())
                        .thenComparing(StoredStatement::relayed)
                        .thenComparing(keys::get)
                        .thenComparingInt(m -> -articlesByText.get(m.text().strip()).size())
                        .thenComparing(StoredStatement::kind, KIND_ORDER)
                        .thenComparingInt(m -> -m.text().strip().length())
                        .thenComparing(m -> m.text().strip()))
                .map(m -> m.text().strip())
                .findFirst().orElseThrow();
        String kind = members.stream().map(StoredStatement::kind).min(KIND_ORDER).orElseThrow();
        List<StoredStatement> ordered = members.stream()
                .sorted(Comparator.comparing(StoredStatement::seenAt).thenComparing(StoredStatement::articleId)
                        .thenComparingInt(StoredStatement::start))
                .toList();
        StoredStatement first = ordered.get(0);
        Set<String> tokens = new LinkedHashSet<>();
        ordered.forEach(m -> tokens.addAll(SearchTokens.of(m.text())));
        return new StoredClaim(claimId, text, kind, first.speakerId(), first.speakerName(), first.seenAt(),
                ordered.stream().map(StoredStatement::seenAt).max(Instant::compareTo).orElseThrow(),
                ordered.stream().map(StoredStatement::articleId).distinct().toList(),
                ordered.stream().map(StoredStatement::outlet).filter(Objects::nonNull).distinct().toList(),
                ordered.stream().map(m -> appearance(m, claimId)).toList(),
                List.copyOf(tokens), responses);
    }

    /** Other speakers quoting these words back: relayed statements of this speaker that echo a member. */
    private List<StoredResponse> responses(List<StoredStatement> members) {
        Set<String> memberIds = members.stream().map(StoredStatement::id).collect(Collectors.toSet());
        Map<StoredStatement, Wording> firstHand = members.stream().filter(m -> !m.relayed())
                .collect(Collectors.toMap(Function.identity(), m -> Wording.of(m.text())));
        if (firstHand.isEmpty()) {
            return List.of();
        }
        Set<String> words = new TreeSet<>();
        firstHand.values().forEach(w -> words.addAll(w.indexWords()));
        return index.sharingWords(members.get(0).speakerKey(), words, null).stream()
                .filter(StoredStatement::relayed)
                .filter(relayed -> !memberIds.contains(relayed.id()))
                .filter(relayed -> {
                    Wording quoted = Wording.of(relayed.text());
                    return firstHand.values().stream().anyMatch(w -> ClaimMatcher.echo(quoted, w) >= RESPONSE_ECHO);
                })
                .sorted(Comparator.comparing(StoredStatement::id))
                .map(r -> new StoredResponse(r.reportedBy(), r.articleId(), r.text(), r.relayedIn()))
                .toList();
    }

    private static StoredAppearance appearance(StoredStatement m, String claimId) {
        return new StoredAppearance(Identities.appearanceId(m.articleId(), m.start(), m.end()), m.articleId(), m.url(), m.outlet(), m.publishedAt(), m.seenAt(),
                TimeSource.valueOf(m.timeSource()), m.text(), m.start(), m.end(), m.kind(), m.cue(), m.speakerMention(),
                m.speakerId(), m.speakerName(), m.reportedBy(), claimId, m.confidence());
    }

    private static StoredStatement statement(AppearancesAttributed event, AppearancesAttributed.Appearance appearance,
                                             AppearancesAttributed.Statement statement, Wording wording) {
        // one span can be a statement of two speakers (a reporter's paraphrase and the quote it relays)
        String span = Identities.appearanceId(event.articleId(), statement.start(), statement.end());
        return new StoredStatement(event.speakerKey() + "/" + span,
                event.speakerKey(), event.speakerId(), event.speakerName(), null,
                Identities.claimId(event.speakerKey(), wording.key()), List.copyOf(wording.indexWords()),
                statement.text(), statement.start(), statement.end(), appearance.appearanceId(), event.articleId(),
                event.url(), event.outlet(), event.publishedAt(), event.seenAt(), event.timeSource(), appearance.kind(),
                appearance.cue(), appearance.speakerMention(), appearance.reportedBy(), appearance.relayedIn(),
                appearance.confidence(), ClaimMatcher.bridges(wording), List.of());
    }
}
