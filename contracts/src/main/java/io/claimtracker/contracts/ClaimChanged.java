package io.claimtracker.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import java.time.Instant;

/**
 * Published on {@link Topics#CLAIMS_CHANGES} (key = claim id) after extract-service has written an article's
 * appearances of a claim: the claim was {@link Change#CREATED} or {@link Change#GREW} by another appearance.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimChanged(
        @JsonSetter(nulls = Nulls.AS_EMPTY) int schemaVersion,
        String claimId,
        Change change,
        String text,
        String kind,
        String speakerId,
        String speakerName,
        String articleId,
        String outlet,
        Instant appearedAt,
        Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;

    public enum Change { CREATED, GREW }
}
