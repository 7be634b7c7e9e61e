package io.claimtracker.ingest;

import io.claimtracker.contracts.FieldError;

import java.util.List;

/**
 * What became of one submitted article.
 *
 * @param articleId null when the article was rejected
 * @param errors    why it was rejected (empty otherwise)
 * @param reason    why it could not be written (FAILED only)
 */
record Outcome(Status status, String articleId, List<FieldError> errors, String reason) {

    enum Status {
        /** published to articles.raw and acknowledged by the broker */
        ACCEPTED,
        /** published before; not published again */
        DUPLICATE,
        /** invalid; the errors say why; retrying unchanged will not help */
        REJECTED,
        /** valid but not written (Kafka or MongoDB unreachable); retrying later is safe */
        FAILED
    }

    Outcome {
        errors = List.copyOf(errors);
    }

    static Outcome accepted(String articleId) {
        return new Outcome(Status.ACCEPTED, articleId, List.of(), null);
    }

    static Outcome duplicate(String articleId) {
        return new Outcome(Status.DUPLICATE, articleId, List.of(), null);
    }

    static Outcome rejected(List<FieldError> errors) {
        return new Outcome(Status.REJECTED, null, errors, null);
    }

    static Outcome failed(String articleId, String reason) {
        return new Outcome(Status.FAILED, articleId, List.of(), reason);
    }
}
