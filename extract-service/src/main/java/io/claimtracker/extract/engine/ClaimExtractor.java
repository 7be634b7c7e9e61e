package io.claimtracker.extract.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The extraction engine: a pure function from an article's text to the claims in it. Thread-safe (no state
 * between calls), no framework types, never throws on input and runs in time linear in the text. Offsets in the
 * result are Unicode code points into {@link Extraction#text()}, end exclusive.
 */
public final class ClaimExtractor {

    public Extraction extract(String text) {
        String t = text == null ? "" : text;
        try {
            ArticleReader reader = new ArticleReader(t);
            List<ArticleReader.Found> found = reader.read();
            char[] chars = reader.page().chars; // the text's characters, already copied once for the page
            CodePoints cp = new CodePoints(chars);
            return new Extraction(t, toClaims(t, found, cp), profiles(reader, found), PageDates.find(t, chars, cp));
        } catch (RuntimeException | StackOverflowError e) {
            // a bug must not take the pipeline down with it: the article yields no claims
            return new Extraction(t, List.of());
        }
    }

    public Extraction extractHtml(String html) {
        return extract(html == null ? "" : HtmlText.of(html));
    }

    /** The people behind the claims, with the names and descriptions this article gives them. */
    private static List<SpeakerProfile> profiles(ArticleReader reader, List<ArticleReader.Found> found) {
        java.util.Map<Cast.Person, java.util.LinkedHashSet<String>> mentions = new java.util.LinkedHashMap<>();
        java.util.Map<Cast.Person, Integer> counts = new java.util.HashMap<>();
        for (ArticleReader.Found f : found) {
            if (f.speaker() != null && f.speaker().person() != null && f.speaker().named()) {
                Cast.Person p = f.speaker().person();
                mentions.computeIfAbsent(p, k -> new java.util.LinkedHashSet<>()).add(f.speaker().mention());
                counts.merge(p, 1, Integer::sum);
            }
            if (f.reportedBy() != null) {
                for (Cast.Person p : reader.cast().people) {
                    if (p.name.equals(f.reportedBy())) {
                        mentions.computeIfAbsent(p, k -> new java.util.LinkedHashSet<>());
                        counts.merge(p, 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        List<SpeakerProfile> out = new ArrayList<>(mentions.size());
        for (var e : mentions.entrySet()) {
            Cast.Person p = e.getKey();
            java.util.LinkedHashSet<String> aliases = new java.util.LinkedHashSet<>(p.aliases);
            for (String m : e.getValue()) {
                String l = m.toLowerCase(java.util.Locale.ROOT);
                if (!Lexicon.PRONOUNS.contains(l)) {
                    aliases.add(Cast.stripPossessive(m));
                }
            }
            java.util.LinkedHashSet<String> clean = new java.util.LinkedHashSet<>();
            for (String a : aliases) {
                clean.add(singleSpaced(a));
            }
            clean.remove(p.name);
            out.add(new SpeakerProfile(p.name, List.copyOf(clean), List.copyOf(p.descriptions), counts.get(p)));
        }
        return out;
    }

    private static String singleSpaced(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Page.isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    private static List<ExtractedClaim> toClaims(String t, List<ArticleReader.Found> found, CodePoints cp) {
        List<ExtractedClaim> out = new ArrayList<>(found.size());
        for (ArticleReader.Found f : found) {
            if (f.end() <= f.start()) {
                continue;
            }
            int s = cp.of(f.start());
            int e = cp.of(f.end());
            SpeakerMention speaker = null;
            if (f.speaker() != null) {
                ArticleReader.Speaker sp = f.speaker();
                speaker = new SpeakerMention(sp.name(), sp.mention(), sp.start() < 0 ? -1 : cp.of(sp.start()),
                        sp.end() < 0 ? -1 : cp.of(sp.end()), sp.named());
            }
            List<Span> parts = new ArrayList<>(f.parts().size());
            for (int[] p : f.parts()) {
                parts.add(new Span(cp.of(p[0]), cp.of(p[1])));
            }
            out.add(new ExtractedClaim(f.kind(), t.substring(f.start(), f.end()), s, e, f.cue(), speaker,
                    f.reportedBy(), Math.round(f.confidence() * 100) / 100.0, parts));
        }
        return List.copyOf(out);
    }

    /** Char offsets to code-point offsets; the identity when the text has no surrogate pairs. */
    static final class CodePoints {
        private final int[] prefix;

        /** Over the text's characters as an array (String.charAt on a UTF-16 text bounds-checks every char). */
        CodePoints(char[] t) {
            int[] p = null;
            for (int i = 0; i < t.length; i++) {
                if (Character.isSurrogate(t[i])) {
                    p = new int[t.length + 1];
                    int n = 0;
                    for (int k = 0; k < t.length; k++) {
                        p[k] = n;
                        if (!(Character.isLowSurrogate(t[k]) && k > 0 && Character.isHighSurrogate(t[k - 1]))) {
                            n++;
                        }
                    }
                    p[t.length] = n;
                    break;
                }
            }
            prefix = p;
        }

        int of(int charOffset) {
            return prefix == null ? charOffset : prefix[charOffset];
        }
    }
}
