package io.claimtracker.query;

import io.claimtracker.contracts.store.Collections;
import io.claimtracker.contracts.store.StoredArticle;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/v1/articles/{id}}: one processed article with its appearances. */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleController {

    private final ReactiveMongoTemplate mongo;

    ArticleController(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/{id}")
    Mono<Article> article(@PathVariable String id) {
        return mongo.findById(id, StoredArticle.class, Collections.ARTICLES)
                .map(Article::of)
                .switchIfEmpty(Mono.error(() -> new NotFound("article", id)));
    }
}
