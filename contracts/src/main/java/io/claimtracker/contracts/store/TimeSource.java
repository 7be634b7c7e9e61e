package io.claimtracker.contracts.store;

/** Where an article's time comes from: given by the submitter, read from the page, or its receive time. */
public enum TimeSource { GIVEN, PAGE, RECEIVED }
