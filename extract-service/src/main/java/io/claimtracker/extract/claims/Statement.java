package io.claimtracker.extract.claims;

/**
 * A statement-sized piece of an appearance: {@code start}/{@code end} are code-point offsets into the article
 * text (end exclusive) and {@code text} is exactly that slice.
 */
public record Statement(int start, int end, String text) {
}
