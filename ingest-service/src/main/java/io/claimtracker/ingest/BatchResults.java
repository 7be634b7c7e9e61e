package io.claimtracker.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtracker.contracts.FieldError;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer to an NDJSON batch: one result per non-blank input line, in line order, then a summary.
 * Lines are answered as their groups finish, and a line rejected while reading may be answered before the
 * lines above it that wait in a group, hence the sorted map.
 */
final class BatchResults {

    /** One line's result; {@code duplicate} only for lines that have an id, {@code errors} only when rejected. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineResult(int line, String status, String articleId, Boolean duplicate, List<FieldError> errors,
            String reason) {

        static LineResult of(int line, Outcome outcome) {
            return new LineResult(line, outcome.status().name().toLowerCase(Locale.ROOT), outcome.articleId(),
                    switch (outcome.status()) {
                        case ACCEPTED -> false;
                        case DUPLICATE -> true;
                        default -> null;
                    },
                    outcome.errors().isEmpty() ? null : outcome.errors(), outcome.reason());
        }
    }

    record Summary(int lines, int accepted, int duplicates, int rejected, int failed) {
    }

    private record SummaryLine(Summary summary) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Integer, LineResult> results = new TreeMap<>();

    void add(int line, Outcome outcome) {
        results.put(line, LineResult.of(line, outcome));
    }

    boolean isEmpty() {
        return results.isEmpty();
    }

    List<LineResult> results() {
        return new ArrayList<>(results.values());
    }

    Summary summary() {
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        int failed = 0;
        for (LineResult result : results.values()) {
            switch (result.status()) {
                case "accepted" -> accepted++;
                case "duplicate" -> duplicates++;
                case "rejected" -> rejected++;
                default -> failed++;
            }
        }
        return new Summary(results.size(), accepted, duplicates, rejected, failed);
    }

    /** The response body: one JSON object per line, the summary last. */
    byte[] toNdjson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (LineResult result : results.values()) {
            JSON.writeValue(out, result);
            out.write('\n');
        }
        JSON.writeValue(out, new SummaryLine(summary()));
        out.write('\n');
        return out.toByteArray();
    }

    /** Adds the results so far to a problem answered in the middle of a batch. */
    IngestProblem attachTo(IngestProblem problem) {
        return problem.with("results", results()).with("summary", summary());
    }
}
