package io.claimtracker.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtracker.contracts.store.StoredSpeaker;
import io.claimtracker.contracts.store.StoredSpeaker.StoredMention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A speaker as the API shows it: canonical name, the other names and the descriptions articles use for it, and
 * how many claims it has (counted on read). One speaker's own answer adds where each alias and description was
 * seen; lists leave that out (it grows with every article).
 *
 * @param aliasesSeen      one speaker only: each alias with the articles that used it, in the order first stored
 * @param descriptionsSeen one speaker only: the same for descriptions ("the head of MI6")
 */
record Speaker(
        String id,
        String name,
        List<String> aliases,
        List<String> descriptions,
        long claimCount,
        Instant firstSeen,
        Instant lastSeen,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Seen> aliasesSeen,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Seen> descriptionsSeen) {

    static final String ALIAS = "alias";
    static final String DESCRIPTION = "description";

    /** A way of naming or describing the speaker, and the articles that used it. */
    record Seen(String text, List<String> articleIds) {
    }

    /** The speaker as lists show it. */
    static Speaker of(StoredSpeaker stored, long claimCount) {
        return new Speaker(stored.id(), stored.name(), orEmpty(stored.aliases()), orEmpty(stored.descriptions()),
                claimCount, stored.firstSeen(), stored.lastSeen(), null, null);
    }

    /** The speaker as its own answer shows it, with its {@code mentions} grouped by text. */
    static Speaker withMentions(StoredSpeaker stored, long claimCount) {
        return new Speaker(stored.id(), stored.name(), orEmpty(stored.aliases()), orEmpty(stored.descriptions()),
                claimCount, stored.firstSeen(), stored.lastSeen(), seen(stored, ALIAS), seen(stored, DESCRIPTION));
    }

    private static List<Seen> seen(StoredSpeaker stored, String kind) {
        Map<String, Set<String>> articlesByText = new LinkedHashMap<>();
        for (StoredMention mention : orEmpty(stored.mentions())) {
            if (kind.equals(mention.kind()) && mention.text() != null) {
                Set<String> articleIds = articlesByText.computeIfAbsent(mention.text(), text -> new LinkedHashSet<>());
                if (mention.articleId() != null) {
                    articleIds.add(mention.articleId());
                }
            }
        }
        List<Seen> seen = new ArrayList<>();
        articlesByText.forEach((text, articleIds) -> seen.add(new Seen(text, List.copyOf(articleIds))));
        return List.copyOf(seen);
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
