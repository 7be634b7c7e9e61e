package io.claimtracker.query;

import io.claimtracker.contracts.store.Collections;
import io.claimtracker.contracts.store.StoredArticle;
import io.claimtracker.contracts.store.StoredClaim;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * {@code GET /api/v1/articles/{id}}: one processed article with its appearances, the claims each appearance's
 * statements belong to (one query, by the claims' {@code articleIds}) and its syndicated original and copies.
 */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleController {

    private final ReactiveMongoTemplate mongo;
    private final Syndication syndication;

    ArticleController(ReactiveMongoTemplate mongo, Syndication syndication) {
        this.mongo = mongo;
        this.syndication = syndication;
    }

    @GetMapping("/{id}")
    Mono<Article> article(@PathVariable String id) {
        return mongo.findById(id, StoredArticle.class, Collections.ARTICLES)
                .flatMap(this::withClaimsAndCopies)
                .switchIfEmpty(Mono.error(() -> new NotFound("article", id)));
    }

    private Mono<Article> withClaimsAndCopies(StoredArticle article) {
        return Mono.zip(syndication.around(article), claimsIn(article.id()))
                .map(parts -> Article.of(article, parts.getT1(), parts.getT2()));
    }

    private Mono<List<StoredClaim>> claimsIn(String articleId) {
        Query query = new Query(Criteria.where("articleIds").is(articleId));
        query.fields().include("appearances");
        return mongo.find(query, StoredClaim.class, Collections.CLAIMS).collectList();
    }
}
