package io.claimtracker.query;

import io.claimtracker.contracts.store.Collections;
import io.claimtracker.contracts.store.StoredArticle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds syndicated copies on read, from the articles' {@code bodyKeys} ({@link BodyPrint} holds the rule). Two
 * queries at most, served by the {@code articles {bodyKeys}} index: the prints of the articles asked about, then
 * every article sharing a key with them (the candidates, earliest first, at most {@code copy-candidates}).
 */
@Component
class Syndication {

    /** One article's place among its copies: the original it copies (or null) and its later copies. */
    record Copies(String copyOf, List<String> copies) {

        static final Copies NONE = new Copies(null, List.of());
    }

    private final ReactiveMongoTemplate mongo;
    private final int candidateLimit;

    Syndication(ReactiveMongoTemplate mongo, QueryProperties properties) {
        this.mongo = mongo;
        this.candidateLimit = properties.copyCandidates();
    }

    /** The original of each of these articles that is a copy. */
    Mono<Originals> originalsOf(Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Mono.just(Originals.NONE);
        }
        return prints(Criteria.where("_id").in(articleIds), articleIds.size())
                .filter(BodyPrint::canBeCopy)
                .collectList()
                .flatMap(this::originals);
    }

    /** The original this article copies, and the later articles that copy it. */
    Mono<Copies> around(StoredArticle article) {
        BodyPrint print = BodyPrint.of(article);
        if (!print.canBeCopy()) {
            return Mono.just(Copies.NONE);
        }
        return candidatesSharing(print.keys())
                .collectList()
                .map(candidates -> new Copies(print.originalAmong(candidates), print.copiesAmong(candidates)));
    }

    private Mono<Originals> originals(List<BodyPrint> articles) {
        if (articles.isEmpty()) {
            return Mono.just(Originals.NONE);
        }
        Set<String> keys = new TreeSet<>();
        articles.forEach(article -> keys.addAll(article.keys()));
        return candidatesSharing(keys).collectList().map(candidates -> {
            Map<String, String> originalOfCopy = new HashMap<>();
            for (BodyPrint article : articles) {
                String original = article.originalAmong(candidates);
                if (original != null) {
                    originalOfCopy.put(article.articleId(), original);
                }
            }
            return new Originals(originalOfCopy);
        });
    }

    private Flux<BodyPrint> candidatesSharing(Collection<String> keys) {
        return prints(Criteria.where("bodyKeys").in(keys), candidateLimit);
    }

    private Flux<BodyPrint> prints(Criteria criteria, int limit) {
        Query query = new Query(criteria).with(Sort.by("seenAt", "_id")).limit(limit);
        query.fields().include("seenAt", "bodyKeys");
        return mongo.find(query, StoredArticle.class, Collections.ARTICLES).map(BodyPrint::of);
    }
}
