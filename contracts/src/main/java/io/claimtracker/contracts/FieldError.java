package io.claimtracker.contracts;

/** One thing wrong with a submitted article: the JSON field at fault and what is wrong with it. */
public record FieldError(String field, String message) {
}
