package io.claimtracker.extract.cli;

import io.claimtracker.extract.claims.ClaimClusters;
import io.claimtracker.extract.claims.Statement;
import io.claimtracker.extract.claims.Statements;
import io.claimtracker.extract.claims.Wording;
import io.claimtracker.extract.engine.ClaimExtractor;
import io.claimtracker.extract.engine.ExtractedClaim;
import io.claimtracker.extract.engine.Extraction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code cluster-eval --seeds DIR [--gold FILE] [--polnear DIR] [--polnear-gold FILE] [--dump] [--quiet]
 * [--gold-speakers]}: scores claim clustering against hand-annotated gold clusters ({@code --dump} prints the
 * system clusters instead; {@code --gold-speakers} lists the errors of the gold-speaker score).
 *
 * <p>For every article of a set the engine extracts appearances, {@link Statements} splits them into statements,
 * statements are grouped by the engine's speaker name and clustered with {@link ClaimClusters}. Each gold member is
 * mapped to the system statement that fits it best (most overlap over union of the two spans). Over all pairs of
 * gold members, a pair is a true join when both members' statements are in one system cluster and the gold puts
 * them in one cluster; pairs across a gold "debatable" link are not scored. Pairwise precision and recall follow,
 * with the list of wrong and missed joins. The same is printed for a baseline that joins only identical wordings
 * ({@link Wording#key()}), to show what the matcher adds.
 *
 * <p>Gold format ({@code gold/clusters.json}, {@code gold/polnear-clusters.json}, beside the seeds folder): {@code {"clusters":
 * [{"label", "speaker", "members": [{"file", "start", "end", "text"?, "sha"?}]}], "debatable": [{"a", "b",
 * "note"}], "responses": [...]}} with code-point offsets; a PolNeAR member's {@code file} is
 * {@code SPLIT/NAME} and carries no text (the corpus is not ours to copy), only {@code sha}, the first 12 hex digits
 * of the SHA-256 of the slice, which the command checks.
 */
public final class ClusterEvalCommand {

    private ClusterEvalCommand() {
    }

    /** @return the exit code: 0 scored, 1 input missing, unreadable or gold offsets wrong, 2 usage error */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path seeds = null;
        Path gold = null;
        Path polnear = null;
        Path polnearGold = null;
        boolean dump = false;
        boolean quiet = false;
        boolean goldSpeakers = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seeds" -> seeds = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--gold" -> gold = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--polnear" -> polnear = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--polnear-gold" -> polnearGold = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--dump" -> dump = true;
                case "--quiet", "-q" -> quiet = true;
                case "--gold-speakers" -> goldSpeakers = true;
                default -> {
                    err.println("cluster-eval: unknown argument " + args[i]);
                    return usage(err);
                }
            }
        }
        if (seeds == null && polnear == null) {
            return usage(err);
        }
        ClaimExtractor engine = new ClaimExtractor();
        try {
            if (seeds != null) {
                Path g = gold != null ? gold : GoldFolder.beside(seeds).resolve("clusters.json");
                Map<String, String> texts = new TreeMap<>();
                try (Stream<Path> files = Files.list(seeds)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        texts.put(f.getFileName().toString(), Articles.read(f));
                    }
                }
                if (!evaluate("seeds", texts, engine, dump ? null : g, out, err, dump, quiet, goldSpeakers)) {
                    return 1;
                }
            }
            if (polnear != null) {
                Path g = polnearGold != null ? polnearGold
                        : GoldFolder.beside(seeds != null ? seeds : Path.of("seeds")).resolve("polnear-clusters.json");
                Map<String, String> texts = new TreeMap<>();
                for (String file : goldFiles(g)) {
                    int slash = file.indexOf('/');
                    Path t = polnear.resolve(file.substring(0, slash)).resolve("text")
                            .resolve(file.substring(slash + 1) + ".txt");
                    texts.put(file, Articles.read(t));
                }
                if (!evaluate("polnear", texts, engine, g, out, err, dump, quiet, goldSpeakers)) {
                    return 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            err.println("cluster-eval: " + e);
            return 1;
        }
        return 0;
    }

    private static int usage(PrintStream err) {
        err.println("usage: cluster-eval --seeds seeds [--gold FILE] [--polnear /work/shared/eval/polnear]"
                + " [--polnear-gold FILE] [--dump] [--quiet] [--gold-speakers]");
        return 2;
    }

    // ------------------------------------------------------------------ system side

    /** One statement the system clustered, with the cluster it ended in (per speaker, then per component). */
    record SysStatement(String file, String speaker, String kind, Statement statement, Wording wording) {
    }

    static List<SysStatement> statements(Map<String, String> texts, ClaimExtractor engine) {
        List<SysStatement> all = new ArrayList<>();
        for (var e : texts.entrySet()) {
            Extraction x = engine.extract(e.getValue());
            for (ExtractedClaim c : x.claims()) {
                String speaker = c.speaker() == null ? "?" : c.speaker().name();
                for (Statement s : Statements.of(c, x.text(), x.claims())) {
                    all.add(new SysStatement(e.getKey(), speaker, c.kind().label(), s, Wording.of(s.text())));
                }
            }
        }
        return all;
    }

    /** Cluster number of each statement (by identity), clustering each speaker's statements apart. */
    static Map<SysStatement, Integer> clusters(List<SysStatement> all, Function<SysStatement, Wording> wording,
                                               Map<Integer, List<SysStatement>> members) {
        Map<String, List<SysStatement>> bySpeaker = new LinkedHashMap<>();
        for (SysStatement s : all) {
            bySpeaker.computeIfAbsent(s.speaker(), k -> new ArrayList<>()).add(s);
        }
        Map<SysStatement, Integer> id = new java.util.IdentityHashMap<>();
        int next = 0;
        for (List<SysStatement> group : bySpeaker.values()) {
            for (List<SysStatement> cluster : ClaimClusters.cluster(group, wording)) {
                for (SysStatement s : cluster) {
                    id.put(s, next);
                }
                members.put(next, cluster);
                next++;
            }
        }
        return id;
    }

    // ------------------------------------------------------------------ gold side

    record Member(String file, int start, int end, String text, String sha) {
    }

    record GoldCluster(String label, String speaker, List<Member> members) {
    }

    record Gold(List<GoldCluster> clusters, Set<String> debatable) {
        /** True when the pair of cluster labels is marked debatable (not scored). */
        boolean isDebatable(String a, String b) {
            return debatable.contains(a + "\u0000" + b) || debatable.contains(b + "\u0000" + a);
        }
    }

    static Gold readGold(Path file) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
        List<GoldCluster> clusters = new ArrayList<>();
        for (JsonNode c : root.get("clusters")) {
            List<Member> members = new ArrayList<>();
            for (JsonNode m : c.get("members")) {
                members.add(new Member(m.get("file").asString(), m.get("start").asInt(), m.get("end").asInt(),
                        m.has("text") ? m.get("text").asString() : null,
                        m.has("sha") ? m.get("sha").asString() : null));
            }
            clusters.add(new GoldCluster(c.get("label").asString(),
                    c.has("speaker") ? c.get("speaker").asString() : null, members));
        }
        Set<String> debatable = new LinkedHashSet<>();
        if (root.has("debatable")) {
            for (JsonNode d : root.get("debatable")) {
                debatable.add(d.get("a").asString() + "\u0000" + d.get("b").asString());
            }
        }
        return new Gold(clusters, debatable);
    }

    private static List<String> goldFiles(Path gold) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        for (GoldCluster c : readGold(gold).clusters()) {
            for (Member m : c.members()) {
                files.add(m.file());
            }
        }
        return List.copyOf(files);
    }

    /** The code-point slice [start, end) of {@code text}, or null when out of range. */
    static String slice(String text, int start, int end) {
        int cps = text.codePointCount(0, text.length());
        if (start < 0 || end > cps || start >= end) {
            return null;
        }
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    static String sha(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Problems with the gold's offsets: a slice out of range, or not equal to the member's text or hash. */
    static List<String> checkOffsets(Gold gold, Map<String, String> texts) {
        List<String> problems = new ArrayList<>();
        for (GoldCluster c : gold.clusters()) {
            for (Member m : c.members()) {
                String text = texts.get(m.file());
                String s = text == null ? null : slice(text, m.start(), m.end());
                if (s == null) {
                    problems.add(m.file() + " " + m.start() + "-" + m.end() + ": out of range or unknown file");
                } else if (m.text() != null && !m.text().equals(s)) {
                    problems.add(m.file() + " " + m.start() + "-" + m.end() + ": text differs from slice '" + s + "'");
                } else if (m.sha() != null && !m.sha().equals(sha(s))) {
                    problems.add(m.file() + " " + m.start() + "-" + m.end() + ": sha differs (" + sha(s) + ")");
                } else if (m.text() == null && m.sha() == null) {
                    problems.add(m.file() + " " + m.start() + "-" + m.end() + ": neither text nor sha");
                }
            }
        }
        return problems;
    }

    // ------------------------------------------------------------------ scoring

    /** Pairwise counts and the pairs behind them. */
    record Score(int truePairs, int wrongPairs, int missedPairs, List<String> wrong, List<String> missed,
                 List<String> unmapped) {
        double precision() {
            return truePairs + wrongPairs == 0 ? 1 : (double) truePairs / (truePairs + wrongPairs);
        }

        double recall() {
            return truePairs + missedPairs == 0 ? 1 : (double) truePairs / (truePairs + missedPairs);
        }
    }

    static Score score(Gold gold, List<SysStatement> system, Map<SysStatement, Integer> clusterOf,
                       Map<String, String> texts) {
        record Mapped(GoldCluster cluster, Member member, SysStatement statement) {
        }
        Map<String, List<SysStatement>> byFile = new HashMap<>();
        for (SysStatement s : system) {
            byFile.computeIfAbsent(s.file(), k -> new ArrayList<>()).add(s);
        }
        List<Mapped> mapped = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (GoldCluster c : gold.clusters()) {
            for (Member m : c.members()) {
                SysStatement best = bestFit(m, byFile.getOrDefault(m.file(), List.of()));
                if (best == null) {
                    unmapped.add(c.label() + ": " + describe(m, texts));
                }
                mapped.add(new Mapped(c, m, best));
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < mapped.size(); i++) {
            for (int j = i + 1; j < mapped.size(); j++) {
                Mapped a = mapped.get(i);
                Mapped b = mapped.get(j);
                boolean goldSame = a.cluster() == b.cluster();
                if (!goldSame && gold.isDebatable(a.cluster().label(), b.cluster().label())) {
                    continue;
                }
                boolean sysSame = a.statement() != null && b.statement() != null
                        && clusterOf.get(a.statement()).equals(clusterOf.get(b.statement()));
                if (goldSame && sysSame) {
                    tp++;
                } else if (sysSame) {
                    fp++;
                    wrong.add("[" + a.cluster().label() + "] " + describe(a.member(), texts) + "\n      ~ ["
                            + b.cluster().label() + "] " + describe(b.member(), texts));
                } else if (goldSame) {
                    fn++;
                    String why = a.statement() == null || b.statement() == null ? "not extracted"
                            : !a.statement().speaker().equals(b.statement().speaker())
                            ? "speakers " + a.statement().speaker() + " / " + b.statement().speaker()
                            : "not matched";
                    missed.add("[" + a.cluster().label() + "] (" + why + ") " + describe(a.member(), texts)
                            + "\n      ~ " + describe(b.member(), texts));
                }
            }
        }
        return new Score(tp, fp, fn, wrong, missed, unmapped);
    }

    private static String describe(Member m, Map<String, String> texts) {
        String text = texts.get(m.file());
        String s = text == null ? null : slice(text, m.start(), m.end());
        String shown = s == null ? "?" : s.replaceAll("\\s+", " ");
        if (shown.length() > 110) {
            shown = shown.substring(0, 107) + "...";
        }
        return m.file() + "@" + m.start() + " \"" + shown + "\"";
    }

    // ------------------------------------------------------------------ one set

    private static boolean evaluate(String name, Map<String, String> texts, ClaimExtractor engine, Path goldFile,
                                    PrintStream out, PrintStream err, boolean dump, boolean quiet,
                                    boolean listGoldSpeakers)
            throws IOException {
        List<SysStatement> system = statements(texts, engine);
        Map<Integer, List<SysStatement>> members = new TreeMap<>();
        Map<SysStatement, Integer> clusterOf = clusters(system, SysStatement::wording, members);
        if (dump) {
            out.println("== " + name + ": " + system.size() + " statements, " + members.size() + " clusters");
            for (var e : members.entrySet()) {
                out.println("#" + e.getKey() + " " + e.getValue().get(0).speaker());
                for (SysStatement s : e.getValue()) {
                    out.println("   " + s.file() + " " + s.statement().start() + "-" + s.statement().end() + " "
                            + s.kind() + " \"" + s.statement().text().replaceAll("\\s+", " ") + "\"");
                }
            }
            return true;
        }
        Gold gold = readGold(goldFile);
        List<String> problems = checkOffsets(gold, texts);
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("cluster-eval: " + goldFile + ": " + p));
            return false;
        }
        Score s = score(gold, system, clusterOf, texts);
        List<SysStatement> relabelled = withGoldSpeakers(gold, system);
        Map<SysStatement, Integer> goldSpeakerOf = clusters(relabelled, SysStatement::wording, new TreeMap<>());
        Score g = score(gold, relabelled, goldSpeakerOf, texts);
        Map<Integer, List<SysStatement>> baseMembers = new TreeMap<>();
        Map<SysStatement, Integer> baseOf = clusters(system, ClusterEvalCommand::exactOnly, baseMembers);
        Score base = score(gold, system, baseOf, texts);
        int goldMembers = gold.clusters().stream().mapToInt(c -> c.members().size()).sum();
        out.printf(Locale.ROOT, "%s (%s): %d articles, %d gold clusters, %d gold members, %d system statements in %d"
                        + " clusters%n", name, goldFile, texts.size(), gold.clusters().size(), goldMembers,
                system.size(), members.size());
        out.printf(Locale.ROOT, "  pairwise  precision %.3f  recall %.3f  (%d true, %d wrong, %d missed joins)%n",
                s.precision(), s.recall(), s.truePairs(), s.wrongPairs(), s.missedPairs());
        out.printf(Locale.ROOT, "  with gold speakers (clustering alone)  precision %.3f  recall %.3f  (%d true, %d wrong,"
                + " %d missed)%n", g.precision(), g.recall(), g.truePairs(), g.wrongPairs(), g.missedPairs());
        out.printf(Locale.ROOT, "  baseline (identical wording only)  precision %.3f  recall %.3f%n",
                base.precision(), base.recall());
        if (!quiet) {
            Score listed = listGoldSpeakers ? g : s;
            listed.unmapped().forEach(u -> out.println("  not extracted: " + u));
            listed.wrong().forEach(w -> out.println("  wrong join: " + w));
            listed.missed().forEach(m -> out.println("  missed join: " + m));
        }
        return true;
    }

    /**
     * The system statements with the engine's speaker replaced by the gold speaker wherever a statement is the
     * best fit of a gold member, to score the clustering apart from speaker attribution.
     */
    static List<SysStatement> withGoldSpeakers(Gold gold, List<SysStatement> system) {
        Map<SysStatement, String> speaker = new java.util.IdentityHashMap<>();
        for (GoldCluster c : gold.clusters()) {
            for (Member m : c.members()) {
                SysStatement best = bestFit(m, system);
                if (best != null && c.speaker() != null) {
                    speaker.put(best, c.speaker());
                }
            }
        }
        List<SysStatement> out = new ArrayList<>(system.size());
        for (SysStatement s : system) {
            String sp = speaker.getOrDefault(s, s.speaker());
            out.add(sp.equals(s.speaker()) ? s : new SysStatement(s.file(), sp, s.kind(), s.statement(), s.wording()));
        }
        return out;
    }

    /** The system statement of the member's file whose span fits the member's best (overlap over union). */
    static SysStatement bestFit(Member m, List<SysStatement> system) {
        SysStatement best = null;
        double bestFit = 0;
        for (SysStatement s : system) {
            if (!s.file().equals(m.file())) {
                continue;
            }
            int overlap = Math.min(m.end(), s.statement().end()) - Math.max(m.start(), s.statement().start());
            if (overlap <= 0) {
                continue;
            }
            int union = Math.max(m.end(), s.statement().end()) - Math.min(m.start(), s.statement().start());
            double fit = (double) overlap / union;
            if (fit > bestFit) {
                bestFit = fit;
                best = s;
            }
        }
        return best;
    }

    /** A wording that matches only wordings with the same key: the baseline. */
    private static Wording exactOnly(SysStatement s) {
        // prefix every word with the whole key so only identical keys share words (and index words)
        String key = s.wording().key();
        return Wording.of(key.isEmpty() ? null : "w" + sha(key));
    }
}
