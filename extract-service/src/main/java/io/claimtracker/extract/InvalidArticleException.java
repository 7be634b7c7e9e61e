package io.claimtracker.extract;

import io.claimtracker.contracts.FieldError;

import java.util.List;
import java.util.stream.Collectors;

/** A record that is readable JSON but not a valid article; retrying cannot help, so it is dead-lettered. */
class InvalidArticleException extends RuntimeException {

    InvalidArticleException(List<FieldError> errors) {
        super("invalid article: " + errors.stream()
                .map(e -> e.field().isEmpty() ? e.message() : e.field() + " " + e.message())
                .collect(Collectors.joining("; ")));
    }
}
