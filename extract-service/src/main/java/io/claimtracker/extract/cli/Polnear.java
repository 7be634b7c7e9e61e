package io.claimtracker.extract.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A PolNeAR split read from disk ({@code text/NAME.txt}, {@code attributions/NAME_XXXX.ann}), with the gold
 * attributions classified as the "How we score" says: one annotation file per article (the first in sorted
 * order); <em>direct</em> when the content holds a quotation mark; <em>speech</em> when direct or when the cue is a
 * verb of saying.
 */
final class Polnear {

    /** One gold attribution; spans are code-point [start, end) pairs of the content. */
    record Gold(int[][] content, String contentText, String cue, String source, boolean direct, boolean speech) {
        int length() {
            int n = 0;
            for (int[] s : content) {
                n += s[1] - s[0];
            }
            return n;
        }
    }

    record Article(String name, String text, List<Gold> gold) {
    }

    /** Quotation marks; apostrophes (’ ') are not among them. */
    static final String QUOTATION_MARKS = "\"“”„«»‘‹›";

    /** Verbs (and fixed phrases' words) of saying, matched against each word of a cue. */
    static final Set<String> SAYING = Set.copyOf(List.of((
            "say says said saying tell tells told telling add adds added adding according warn warns warned warning "
            + "state states stated stating announce announces announced announcing write writes wrote written writing "
            + "ask asks asked asking insist insists insisted insisting explain explains explained explaining note notes "
            + "noted noting claim claims claimed claiming declare declares declared declaring reply replies replied "
            + "replying respond responds responded responding repeat repeats repeated repeating tweet tweets tweeted "
            + "tweeting argue argues argued arguing suggest suggests suggested suggesting acknowledge acknowledges "
            + "acknowledged acknowledging admit admits admitted admitting confirm confirms confirmed confirming deny "
            + "denies denied denying report reports reported reporting comment comments commented commenting remark "
            + "remarks remarked testify testifies testified testifying recall recalls recalled recalling continue "
            + "continues continued continuing call calls called calling quip quips quipped joke jokes joked boast boasts "
            + "boasted promise promises promised promising vow vows vowed vowing pledge pledges pledged pledging urge "
            + "urges urged urging predict predicts predicted describe describes described describing mention mentions "
            + "mentioned mentioning cite cites cited citing quote quotes quoted quoting reiterate reiterates "
            + "reiterated concede concedes conceded contend contends contended assert asserts asserted asserting "
            + "maintain maintains maintained emphasize emphasizes emphasized emphasise emphasised stress stresses "
            + "stressed point pointed pointing speak speaks spoke speaking spoken statement interview remarks "
            + "exclaim exclaimed shout shouted yell yelled scream screamed whisper whispered charge charges charged "
            + "allege alleges alleged accuse accuses accused blast blasts blasted criticize criticized criticizes "
            + "criticise criticised slam slams slammed retort retorted counter countered answer answered answers "
            + "complain complains complained lament lamented mused muse telling reveal reveals revealed disclose "
            + "disclosed announce caution cautioned advise advised demand demands demanded propose proposed "
            + "recount recounted post posted posts read reads insisted : ― — –").split(" ")));

    private static final Pattern ANNOTATOR_FILE = Pattern.compile("_[0-9a-fA-F]{4}\\.ann$");

    static List<Article> load(Path split) throws IOException {
        Path textDir = split.resolve("text");
        Path annDir = split.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
            throw new IOException(split + " is not a PolNeAR split (needs text/ and attributions/)");
        }
        Map<String, Path> firstAnn = new HashMap<>();
        try (Stream<Path> anns = Files.list(annDir)) {
            for (Path a : anns.sorted().toList()) {
                String f = a.getFileName().toString();
                var m = ANNOTATOR_FILE.matcher(f);
                if (m.find()) {
                    firstAnn.putIfAbsent(f.substring(0, m.start()), a);
                }
            }
        }
        List<Article> out = new ArrayList<>();
        try (Stream<Path> texts = Files.list(textDir)) {
            for (Path t : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = t.getFileName().toString().replaceFirst("\\.txt$", "");
                String text = Articles.read(t);
                Path ann = firstAnn.get(name);
                out.add(new Article(name, text, ann == null ? List.of() : parse(text, Files.readAllLines(ann))));
            }
        }
        return out;
    }

    static List<Gold> parse(String text, List<String> lines) {
        Map<String, int[][]> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            if (cols[0].startsWith("T")) {
                String[] typeAndSpans = cols[1].split(" ", 2);
                if (typeAndSpans.length < 2) {
                    continue;
                }
                String[] parts = typeAndSpans[1].split(";");
                int[][] s = new int[parts.length][];
                for (int i = 0; i < parts.length; i++) {
                    String[] se = parts[i].trim().split(" ");
                    s[i] = new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])};
                }
                spans.put(cols[0], s);
            } else if (cols[0].startsWith("E")) {
                events.add(cols[1].trim().split(" "));
            }
        }
        int cps = text.codePointCount(0, text.length());
        List<Gold> gold = new ArrayList<>();
        for (String[] e : events) {
            Map<String, String> roles = new HashMap<>();
            for (String r : e) {
                int colon = r.indexOf(':');
                if (colon > 0) {
                    roles.put(r.substring(0, colon), r.substring(colon + 1));
                }
            }
            int[][] content = spans.get(roles.get("Content"));
            if (content == null) {
                continue;
            }
            String contentText = slice(text, cps, content);
            String cue = roles.containsKey("Cue") && spans.containsKey(roles.get("Cue"))
                    ? slice(text, cps, spans.get(roles.get("Cue"))) : "";
            String source = roles.containsKey("Source") && spans.containsKey(roles.get("Source"))
                    ? slice(text, cps, spans.get(roles.get("Source"))) : null;
            boolean direct = containsQuotationMark(contentText);
            gold.add(new Gold(content, contentText, cue, source, direct, direct || isSaying(cue)));
        }
        return gold;
    }

    static boolean containsQuotationMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (QUOTATION_MARKS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isSaying(String cue) {
        String c = cue.toLowerCase(Locale.ROOT).trim();
        if (c.equals(":") || c.equals("―") || c.equals("—") || c.equals("–")) {
            return true;
        }
        for (String w : c.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && SAYING.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String slice(String text, int cps, int[][] spans) {
        StringBuilder b = new StringBuilder();
        for (int[] s : spans) {
            int a = Math.min(s[0], cps);
            int z = Math.min(s[1], cps);
            if (b.length() > 0) {
                b.append(" … ");
            }
            b.append(text, text.offsetByCodePoints(0, a), text.offsetByCodePoints(0, z));
        }
        return b.toString();
    }
}
