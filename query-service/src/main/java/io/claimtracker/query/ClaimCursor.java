package io.claimtracker.query;

import org.springframework.data.mongodb.core.query.Criteria;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The position after the last claim of a page, in the list's order (firstSeen desc, id desc). The next page is
 * "everything strictly after this key", not an offset, so claims inserted meanwhile never shift or repeat items.
 * On the wire it is opaque: base64url of {@code firstSeen|id}.
 */
record ClaimCursor(Instant firstSeen, String id) {

    private static final char SEPARATOR = '|';

    static ClaimCursor after(Claim claim) {
        return new ClaimCursor(claim.firstSeen(), claim.id());
    }

    static ClaimCursor parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String key = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8);
            int separator = key.indexOf(SEPARATOR);
            if (separator < 0 || separator == key.length() - 1) {
                throw invalid();
            }
            return new ClaimCursor(Instant.parse(key.substring(0, separator)), key.substring(separator + 1));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    String encode() {
        String key = firstSeen + String.valueOf(SEPARATOR) + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** Claims after this one in newest-first order. */
    Criteria following() {
        return new Criteria().orOperator(
                Criteria.where("firstSeen").lt(firstSeen),
                Criteria.where("firstSeen").is(firstSeen).and("_id").lt(id));
    }

    private static BadParameter invalid() {
        return new BadParameter("cursor", "'cursor' is not a cursor this API gave out; "
                + "pass the nextCursor of the previous page unchanged");
    }
}
