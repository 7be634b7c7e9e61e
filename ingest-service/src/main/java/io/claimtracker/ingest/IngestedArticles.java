package io.claimtracker.ingest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.claimtracker.contracts.ArticleReceived;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ids ingest has already published, in the {@value #COLLECTION} collection (ingest's own; no other service
 * reads it). One document per article: {@code {_id: articleId, url?, receivedAt}}. Keyed by {@code _id}, so
 * recording twice (two racing requests) is harmless.
 */
@Repository
class IngestedArticles {

    static final String COLLECTION = "ingested";

    private final MongoTemplate mongo;
    private final MongoClient client;

    IngestedArticles(MongoTemplate mongo, MongoClient client) {
        this.mongo = mongo;
        this.client = client;
    }

    /** The database's hosts, for messages: {@code 127.0.0.1:27017}. */
    String where() {
        return client.getClusterDescription().getClusterSettings().getHosts().stream()
                .map(Object::toString).collect(Collectors.joining(","));
    }

    /** Which of these ids were published before. */
    Set<String> known(Collection<String> ids) {
        Set<String> known = new HashSet<>();
        if (ids.isEmpty()) {
            return known;
        }
        collection().find(Filters.in("_id", ids)).projection(Projections.include("_id"))
                .forEach(d -> known.add(d.getString("_id")));
        return known;
    }

    /** Records published articles; the first receive time wins. */
    void record(Collection<ArticleReceived> published) {
        if (published.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> upserts = new ArrayList<>();
        for (ArticleReceived article : published) {
            Document first = new Document("receivedAt", Date.from(article.receivedAt()));
            if (article.url() != null) {
                first.append("url", article.url());
            }
            upserts.add(new UpdateOneModel<>(Filters.eq("_id", article.articleId()),
                    Updates.combine(first.entrySet().stream().map(e -> Updates.setOnInsert(e.getKey(), e.getValue()))
                            .toList()),
                    new UpdateOptions().upsert(true)));
        }
        collection().bulkWrite(upserts, new BulkWriteOptions().ordered(false));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
