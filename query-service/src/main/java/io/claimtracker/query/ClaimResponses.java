package io.claimtracker.query;

import io.claimtracker.contracts.store.Collections;
import io.claimtracker.contracts.store.StoredAppearance;
import io.claimtracker.contracts.store.StoredClaim;
import io.claimtracker.contracts.store.StoredClaim.StoredResponse;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who answers whom. The writer stores a response on the claim answered (Moore's "our door is always open" holds
 * Zakharova quoting "open doors" back, with the span of her reply); this links both ends on read: each response
 * to the reply's own claim, and a claim to the claims it answers. One query each, by article
 * ({@code claims {articleIds}} and {@code claims {responses.articleId}}); speaker names are compared ignoring
 * case.
 */
@Component
class ClaimResponses {

    private final ReactiveMongoTemplate mongo;

    ClaimResponses(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The responses to {@code claim}, each with the claim of the reply when one is stored. */
    Mono<List<Claim.Response>> to(StoredClaim claim) {
        List<StoredResponse> responses = nonNull(claim.responses());
        if (responses.isEmpty()) {
            return Mono.just(List.of());
        }
        Set<String> articleIds = responses.stream().map(StoredResponse::articleId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Query query = new Query(Criteria.where("articleIds").in(articleIds));
        query.fields().include("speakerId", "speakerName", "appearances");
        return mongo.find(query, StoredClaim.class, Collections.CLAIMS)
                .collectList()
                .map(claimsInReplies -> responses.stream()
                        .map(response -> linked(response, claimsInReplies))
                        .toList());
    }

    /** The claims {@code claim} answers: those with a response of its speaker whose reply holds its words. */
    Mono<List<Claim.Answered>> answeredBy(StoredClaim claim) {
        List<StoredAppearance> appearances = nonNull(claim.appearances());
        if (claim.speakerName() == null || appearances.isEmpty()) {
            return Mono.just(List.of());
        }
        Set<String> articleIds = appearances.stream().map(StoredAppearance::articleId).collect(Collectors.toSet());
        Query query = new Query(Criteria.where("responses.articleId").in(articleIds)
                .and("_id").ne(claim.id()));
        query.fields().include("text", "speakerId", "speakerName", "responses");
        return mongo.find(query, StoredClaim.class, Collections.CLAIMS)
                .sort(Comparator.comparing(StoredClaim::id))
                .concatMapIterable(answered -> nonNull(answered.responses()).stream()
                        .filter(response -> sameName(response.speakerName(), claim.speakerName()))
                        .filter(response -> holdsAny(ArticleSpan.parse(response.replyAppearanceId()), appearances))
                        .map(response -> new Claim.Answered(answered.id(), answered.text(),
                                new Claim.SpeakerRef(answered.speakerId(), answered.speakerName()), response.text()))
                        .toList())
                .distinct()
                .collectList();
    }

    private static Claim.Response linked(StoredResponse response, List<StoredClaim> claimsInReplies) {
        StoredClaim reply = replyClaim(response, claimsInReplies);
        return new Claim.Response(new Claim.SpeakerRef(reply == null ? null : reply.speakerId(),
                response.speakerName()), response.articleId(), response.text(), reply == null ? null : reply.id());
    }

    /**
     * The responding speaker's claim with a statement inside the reply. When the reply was cut into several
     * statements, the one that contains the quoted words answers; else the first in reading order.
     */
    private static StoredClaim replyClaim(StoredResponse response, List<StoredClaim> claimsInReplies) {
        ArticleSpan reply = ArticleSpan.parse(response.replyAppearanceId());
        if (reply == null) {
            return null;
        }
        String quoted = looseWords(response.text());
        record Statement(StoredClaim claim, StoredAppearance appearance) {
        }
        return claimsInReplies.stream()
                .filter(candidate -> sameName(candidate.speakerName(), response.speakerName()))
                .flatMap(candidate -> nonNull(candidate.appearances()).stream()
                        .filter(reply::holds)
                        .map(appearance -> new Statement(candidate, appearance)))
                .min(Comparator.comparing((Statement s) -> !looseWords(s.appearance().text()).contains(quoted))
                        .thenComparingInt(s -> s.appearance().start())
                        .thenComparing(s -> s.claim().id()))
                .map(Statement::claim)
                .orElse(null);
    }

    private static boolean holdsAny(ArticleSpan reply, List<StoredAppearance> appearances) {
        return reply != null && appearances.stream().anyMatch(reply::holds);
    }

    private static boolean sameName(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    /** Lower-case words separated by single spaces, so quote marks and punctuation do not hide a containment. */
    private static String looseWords(String text) {
        return text == null ? "" : " " + String.join(" ", text.toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")).strip() + " ";
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
