package io.claimtracker.extract.engine;

/** A code-point range [start, end) of the text an extraction ran on. */
public record Span(int start, int end) {
}
