package io.claimtracker.extract;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The look-ups of {@link ClaimClustering}, as documents keyed by {@code _id}: the statements of a speaker sharing
 * an index word ({@code statement_words}, {@code _id = speakerKey|word}), and the statements of a claim and those
 * hesitating between it and another ({@code claim_members}, {@code _id = claimId}). Reads are then by {@code _id},
 * which MongoDB and the embedded stand-in alike serve from their id index; a query on another field makes the
 * stand-in scan the whole collection, and clustering would slow down as the store grows.
 * <p>
 * Entries may outlive their statement (a statement that moved to another speaker): reads skip ids whose
 * statements are gone or belong elsewhere.
 */
final class StatementIndex {

    static final String WORDS = "statement_words";
    static final String MEMBERS = "claim_members";

    private final MongoTemplate mongo;

    StatementIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records a new statement: under each of its index words, in its claim, and as hesitant where it hesitates. */
    void add(StoredStatement statement) {
        for (String word : statement.words()) {
            mongo.upsert(Query.query(where("_id").is(statement.speakerKey() + "|" + word)),
                    new Update().addToSet("ids", statement.id()), WORDS);
        }
        join(statement);
    }

    /** Records that a statement left one claim (or hesitation) for another. */
    void move(StoredStatement before, StoredStatement after) {
        mongo.upsert(Query.query(where("_id").is(before.claimId())), new Update().pull("ids", before.id()), MEMBERS);
        for (String claimId : before.ambiguous()) {
            mongo.upsert(Query.query(where("_id").is(claimId)), new Update().pull("hesitant", before.id()), MEMBERS);
        }
        join(after);
    }

    private void join(StoredStatement statement) {
        mongo.upsert(Query.query(where("_id").is(statement.claimId())),
                new Update().addToSet("ids", statement.id()), MEMBERS);
        for (String claimId : statement.ambiguous()) {
            mongo.upsert(Query.query(where("_id").is(claimId)),
                    new Update().addToSet("hesitant", statement.id()), MEMBERS);
        }
    }

    /** The statements {@code from} had now belong to {@code into}; {@code from}'s entry goes. */
    void merged(String from, String into, Collection<String> ids) {
        if (!ids.isEmpty()) {
            Update update = new Update();
            update.addToSet("ids").each(ids.toArray());
            mongo.upsert(Query.query(where("_id").is(into)), update, MEMBERS);
        }
        mongo.remove(Query.query(where("_id").is(from)), MEMBERS);
    }

    /** The speaker's statements (but {@code except}) sharing one of {@code words}. */
    List<StoredStatement> sharingWords(String speakerKey, Collection<String> words, String except) {
        if (words.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        List<String> keys = words.stream().map(word -> speakerKey + "|" + word).toList();
        for (Document entry : mongo.find(Query.query(where("_id").in(keys)), Document.class, WORDS)) {
            ids.addAll(entry.getList("ids", String.class, List.of()));
        }
        ids.remove(except);
        return statements(ids, s -> s.speakerKey().equals(speakerKey));
    }

    List<StoredStatement> members(String claimId) {
        return statements(entry(claimId, "ids"), s -> claimId.equals(s.claimId()));
    }

    List<StoredStatement> hesitants(String claimId) {
        return statements(entry(claimId, "hesitant"), s -> s.ambiguous().contains(claimId));
    }

    private List<String> entry(String claimId, String field) {
        Document entry = mongo.findById(claimId, Document.class, MEMBERS);
        return entry == null ? List.of() : entry.getList(field, String.class, List.of());
    }

    private List<StoredStatement> statements(Collection<String> ids, Predicate<StoredStatement> current) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // in batches: the MongoDB stand-in checks every document it finds against the whole $in list, so one query
        // for n ids costs n * n comparisons there (most of its CPU once candidate lists reach hundreds)
        List<String> all = List.copyOf(ids);
        List<StoredStatement> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += IN_BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + IN_BATCH));
            found.addAll(mongo.find(Query.query(where("_id").in(batch)), StoredStatement.class,
                    StoredStatement.COLLECTION));
        }
        return found.stream().filter(current).toList();
    }

    private static final int IN_BATCH = 64;
}
