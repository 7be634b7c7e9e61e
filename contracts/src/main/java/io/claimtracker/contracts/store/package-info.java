/**
 * The MongoDB schema: the contract between its only writer (extract-service) and its reader (query-service).
 * Plain records; Spring Data maps a record's {@code id} to {@code _id}. Derived values (counts, variants,
 * canonical wording) are computed on read from what is stored, so writes stay idempotent upserts.
 */
package io.claimtracker.contracts.store;
