package io.claimtracker.extract.cli;

import io.claimtracker.extract.engine.ClaimExtractor;
import io.claimtracker.extract.engine.ExtractedClaim;
import io.claimtracker.extract.engine.Extraction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The hand-annotated gold for the seed articles ({@code gold/claims.jsonl}, beside {@code seeds/}), one JSON object per line:
 * {@code {"file", "start", "end", "kind", "speaker", "reportedBy", "optional", "text"}} with code-point offsets and
 * kind {@code direct|partial|indirect}, or {@code {"file", "start", "end", "kind": "clutter", "note"}} for a span
 * (caption, banner, the page's second copy) that must yield no claim. {@code optional} marks debatable items that
 * are neither required nor counted against precision.
 */
final class SeedGold {

    record Item(String file, int start, int end, String kind, String speaker, String reportedBy, boolean optional,
                String text) {
        boolean isQuote() {
            return kind.equals("direct") || kind.equals("partial");
        }
    }

    private SeedGold() {
    }

    static List<Item> read(Path gold) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Item> items = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(gold)) {
            n++;
            if (line.isBlank() || line.startsWith("//")) {
                continue;
            }
            JsonNode o = json.readTree(line);
            items.add(new Item(o.get("file").asString(), o.get("start").asInt(), o.get("end").asInt(),
                    o.get("kind").asString(), text(o, "speaker"), text(o, "reportedBy"),
                    o.has("optional") && o.get("optional").asBoolean(), text(o, "text")));
        }
        return items;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    static EvalCommand.SeedScore score(ClaimExtractor engine, Path seeds, Path goldFile, PrintStream verbose)
            throws IOException {
        List<Item> gold = read(goldFile);
        EvalCommand.SeedScore s = new EvalCommand.SeedScore();
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String text = Articles.read(f);
            Extraction x = engine.extract(text);
            s.articles++;
            List<Item> mine = gold.stream().filter(g -> g.file().equals(name)).toList();
            for (Item g : mine) {
                if (g.text() != null) {
                    String slice = text.substring(text.offsetByCodePoints(0, g.start()), text.offsetByCodePoints(0, g.end()));
                    if (!slice.equals(g.text())) {
                        throw new IOException("gold " + name + " " + g.start() + "-" + g.end() + " does not match the text: "
                                + EvalCommand.clip(slice));
                    }
                }
            }
            for (ExtractedClaim c : x.claims()) {
                s.claims++;
                boolean inside = false;
                boolean clutter = false;
                for (Item g : mine) {
                    int o = overlap(c, g);
                    if (g.kind().equals("clutter")) {
                        clutter |= o > 0;
                    } else if (2L * o >= c.end() - c.start()) {
                        inside = true;
                    }
                }
                if (clutter) {
                    s.clutterClaims++;
                    s.problems.add("FROM CLUTTER " + name + " [" + EvalCommand.who(c) + "] " + EvalCommand.clip(c.text()));
                }
                if (inside) {
                    s.correct++;
                } else {
                    s.problems.add("NOT IN GOLD  " + name + " " + c.kind().label() + " [" + EvalCommand.who(c) + "] "
                            + EvalCommand.clip(c.text()));
                }
            }
            for (Item g : mine) {
                if (g.optional() || g.kind().equals("clutter")) {
                    continue;
                }
                ExtractedClaim best = null;
                int bestOverlap = 0;
                for (ExtractedClaim c : x.claims()) {
                    if (g.isQuote() && !EvalCommand.isQuote(c.kind())) {
                        continue; // a quote must be found as a quote, not inside a paraphrase
                    }
                    int o = overlap(c, g);
                    // the claim that covers the item most; on a tie the tighter one (an inner quote, not its outer)
                    if (o > bestOverlap || o == bestOverlap && o > 0 && best != null
                            && c.end() - c.start() < best.end() - best.start()) {
                        best = c;
                        bestOverlap = o;
                    }
                }
                boolean found = best != null && 2L * bestOverlap >= g.end() - g.start();
                boolean speakerRight = found && best.speaker() != null && g.speaker() != null
                        && best.speaker().name().toLowerCase(Locale.ROOT).equals(g.speaker().toLowerCase(Locale.ROOT));
                if (g.isQuote()) {
                    s.quotes++;
                    s.quotesFound += found ? 1 : 0;
                    s.quoteSpeakerRight += speakerRight ? 1 : 0;
                    if (g.reportedBy() != null) {
                        s.relayed++;
                        if (found && g.reportedBy().equalsIgnoreCase(best.reportedBy() == null ? "" : best.reportedBy())) {
                            s.relayRight++;
                        }
                    }
                } else {
                    s.indirect++;
                    s.indirectFound += found ? 1 : 0;
                    s.indirectSpeakerRight += speakerRight ? 1 : 0;
                }
                if (!found) {
                    s.problems.add("MISSED       " + name + " " + g.kind() + " [" + g.speaker() + "] " + EvalCommand.clip(g.text()));
                } else if (!speakerRight) {
                    s.problems.add("SPEAKER      " + name + " gold=" + g.speaker() + " got=[" + EvalCommand.who(best) + "] "
                            + EvalCommand.clip(g.text()));
                }
            }
        }
        return s;
    }

    private static int overlap(ExtractedClaim c, Item g) {
        return Math.max(0, Math.min(c.end(), g.end()) - Math.max(c.start(), g.start()));
    }
}
