package io.claimtracker.query;

import io.claimtracker.contracts.store.SearchTokens;
import org.springframework.data.mongodb.core.query.Criteria;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code GET /api/v1/claims} asks for, parsed and checked.
 *
 * @param speakerIds null for any speaker; else the claim's speaker must be one of these (empty: none matches)
 * @param tokens     {@link SearchTokens} of {@code q}; the claim must have all of them
 */
record ClaimFilter(List<String> speakerIds, List<String> tokens, String outlet, TimeRange firstSeen,
                   ClaimCursor after, int limit) {

    static ClaimFilter parse(String q, String outlet, String from, String to, String cursor, String limit,
                             QueryProperties properties) {
        return new ClaimFilter(null, SearchTokens.of(q), outlet == null || outlet.isBlank() ? null : outlet.strip(),
                TimeRange.parse(from, to), ClaimCursor.parse(cursor),
                PageLimit.parse(limit, properties.defaultLimit(), properties.maxLimit()));
    }

    ClaimFilter bySpeakers(List<String> ids) {
        return new ClaimFilter(ids, tokens, outlet, firstSeen, after, limit);
    }

    boolean matchesNothing() {
        return speakerIds != null && speakerIds.isEmpty();
    }

    Criteria criteria() {
        List<Criteria> all = new ArrayList<>();
        if (speakerIds != null) {
            all.add(Criteria.where("speakerId").in(speakerIds));
        }
        if (!tokens.isEmpty()) {
            all.add(Criteria.where("tokens").all(tokens));
        }
        if (outlet != null) {
            all.add(Criteria.where("outlets").is(outlet));
        }
        all.addAll(firstSeen.on("firstSeen"));
        if (after != null) {
            all.add(after.following());
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }
}
