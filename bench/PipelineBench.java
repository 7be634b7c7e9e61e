import io.claimtracker.contracts.ArticleIds;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The measuring half of bench/pipeline.sh (which starts and stops the processes). Run with the Java source
 * launcher against kafka-clients, the MongoDB driver and contracts taken from extract-service.jar:
 * <ul>
 * <li>{@code measure}: waits until extract-service's two consumer groups own their partitions, then produces the
 * articles slice by slice to articles.raw; after each slice waits until both stages have committed everything
 * (stage 1 has published its re-keyed appearances before it commits, so "stage 1 committed all articles" and then
 * "stage 2 committed all appearances" means the slice has gone through the whole pipeline) and records the
 * slice's wall time, what was written, the store's size and the CPU time both processes spent.</li>
 * <li>{@code profile}: aggregates a JFR recording's execution samples by component, top frame and (inclusive)
 * method of interest, so the report says where the CPU went.</li>
 * </ul>
 * Draining between slices costs at most one poll interval (100 ms) of idle pipeline per slice, and buys exact
 * per-slice figures: claims stored at that point, time and CPU spent on exactly those articles.
 */
public class PipelineBench {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: PipelineBench measure|profile --option value ...");
        }
        Map<String, String> options = options(args);
        switch (args[0]) {
            case "measure" -> {
                if (!new Measure(options).run()) {
                    System.exit(3); // the report is written; pipeline.sh still profiles, then exits with this
                }
            }
            case "profile" -> Profile.run(options);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    /** One corpus text, and the outlet and date its PolNeAR-style file name gives (publisher_yyyy-mm-dd_slug). */
    record CorpusText(String name, String text, boolean html, String outlet, String date) {

        private static final Pattern POLNEAR_NAME = Pattern.compile("^([a-z]+)_(\\d{4}-\\d{2}-\\d{2})_.*");

        static List<CorpusText> load(Path dir) throws IOException {
            List<CorpusText> texts = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    boolean html = name.endsWith(".html") || name.endsWith(".htm");
                    if (!Files.isRegularFile(file) || !(html || name.endsWith(".txt"))
                            || Files.size(file) > 1_000_000) {
                        continue;
                    }
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    if (text.isBlank()) {
                        continue;
                    }
                    Matcher m = POLNEAR_NAME.matcher(name);
                    texts.add(new CorpusText(name, text, html, m.matches() ? m.group(1) : "bench",
                            m.matches() ? m.group(2) : null));
                }
            }
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("no .txt or .html files in " + dir);
            }
            return texts;
        }

        /**
         * Article number {@code i}: corpus text {@code i mod size}, in round {@code i / size}. Round 0 is the corpus
         * as it is; later rounds republish the same text verbatim under another URL (so another article id), as
         * "&lt;outlet&gt;-syndicated-&lt;round&gt;", an hour later per round: every statement re-appears and must
         * join the claim stored for it in round 0.
         */
        static String article(List<CorpusText> corpus, int i) {
            CorpusText t = corpus.get(i % corpus.size());
            int round = i / corpus.size();
            String url = "https://bench.claim-tracker.test/r" + round + "/" + t.name();
            String outlet = round == 0 ? t.outlet() : t.outlet() + "-syndicated-" + round;
            StringBuilder json = new StringBuilder(t.text().length() + 256).append('{');
            field(json, "url", url).append(',');
            field(json, "outlet", outlet).append(',');
            if (t.date() != null) {
                field(json, "publishedAt", t.date() + "T" + String.format(Locale.ROOT, "%02d", 8 + round % 16)
                        + ":00:00Z").append(',');
            }
            field(json, "language", "en").append(',');
            field(json, t.html() ? "html" : "text", t.text());
            return json.append('}').toString();
        }

        static String url(List<CorpusText> corpus, int i) {
            return "https://bench.claim-tracker.test/r" + (i / corpus.size()) + "/" + corpus.get(i % corpus.size()).name();
        }

        private static StringBuilder field(StringBuilder json, String name, String value) {
            json.append('"').append(name).append("\":\"");
            for (int k = 0; k < value.length(); k++) {
                char c = value.charAt(k);
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            return json.append('"');
        }
    }

    /** CPU time and memory of a process from /proc (Linux). */
    record Proc(String label, long pid, long clockTicks) {

        boolean alive() {
            return Files.exists(Path.of("/proc/" + pid + "/stat"));
        }

        /** user + system CPU seconds of all the process's threads so far. */
        double cpuSeconds() {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) clockTicks;
            } catch (IOException e) {
                return Double.NaN;
            }
        }

        /** VmRSS or VmHWM (peak) in MiB. */
        double memoryMiB(String field) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith(field + ":")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                    }
                }
            } catch (IOException e) {
                // gone
            }
            return Double.NaN;
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static double load1() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** What both stages have done, from Kafka's offsets: exact, and no load on the store. */
    record Offsets(long articlesEnd, long articlesCommitted, long appearancesEnd, long appearancesCommitted,
                   long changesEnd, long deadLetters) {

        boolean progressedSince(Offsets o) {
            return articlesCommitted != o.articlesCommitted || appearancesCommitted != o.appearancesCommitted
                    || changesEnd != o.changesEnd || deadLetters != o.deadLetters;
        }

        boolean stage1Drained() {
            return articlesCommitted >= articlesEnd;
        }

        boolean drained() {
            return stage1Drained() && appearancesCommitted >= appearancesEnd;
        }
    }

    /** Store sizes; estimatedDocumentCount is a collection size lookup, not a scan, also on the stand-in. */
    record Counts(long articles, long speakers, long statements, long claims, long redirects) {
    }

    /** One slice of articles, measured from its first send to the moment both stages had committed all of it. */
    record Slice(int index, int articles, int articlesTotal, double wallSeconds, double stage1Seconds,
                 long appearanceRecords, long claimWrites, Counts after, double extractCpu, double infraCpu,
                 double extractRss, double infraRss, double load, Probe probe) {
    }

    /**
     * What a query by field costs against a query by {@code _id} at the store's current size, timed on the drained
     * (idle) pipeline for a random sample of stored statements: the candidate query by fields (same speaker, any
     * shared index word, not itself) and the query for all statements of a claim, both of which stage 2 ran on
     * {@code statements} before it kept its look-ups in {@code _id}-keyed documents (StatementIndex), and a
     * lookup by {@code _id}. The stand-in uses no secondary index, so a field query scans the collection.
     */
    record Probe(int queries, double candidatesMs, double meanCandidates, long maxCandidates, double claimMs,
                 double idMs) {

        static final int SAMPLE_POOL = 2000;

        /**
         * Null when disabled or when the store fails the probe's queries: the stand-in's H2 MVStore sometimes
         * fails a long scan with "Chunk N not found" (h2database issue 4383); a probe must not lose the run.
         */
        static Probe of(MongoDatabase db, int n) {
            if (n <= 0) {
                return null;
            }
            try {
                return measure(db, n);
            } catch (RuntimeException e) {
                Measure.say("probe failed, no probe figures for this slice: %s", e.getMessage());
                return null;
            }
        }

        private static Probe measure(MongoDatabase db, int n) {
            var statements = db.getCollection("statements");
            // the first statements in _id order (ids are hashes, so from articles of every slice); never all of
            // them: the stand-in materialises a whole result in its heap, and the full list once ran local-infra's
            // 256 MB heap out of memory at 148,000 statements
            List<Document> all = statements.find().limit(SAMPLE_POOL)
                    .projection(Projections.include("speakerKey", "words", "claimId")).into(new ArrayList<>());
            if (all.isEmpty()) {
                return null;
            }
            Collections.shuffle(all, new Random(n + all.size()));
            List<Document> sample = all.subList(0, Math.min(n, all.size()));
            long candidatesNs = 0;
            long claimNs = 0;
            long idNs = 0;
            long found = 0;
            long max = 0;
            for (Document d : sample) {
                long t0 = System.nanoTime();
                List<Document> candidates = statements.find(Filters.and(
                        Filters.eq("speakerKey", d.get("speakerKey")), Filters.in("words", d.getList("words", String.class)),
                        Filters.ne("_id", d.get("_id")))).into(new ArrayList<>());
                long t1 = System.nanoTime();
                statements.find(Filters.eq("claimId", d.get("claimId"))).into(new ArrayList<>());
                long t2 = System.nanoTime();
                statements.find(Filters.eq("_id", d.get("_id"))).first();
                long t3 = System.nanoTime();
                candidatesNs += t1 - t0;
                claimNs += t2 - t1;
                idNs += t3 - t2;
                found += candidates.size();
                max = Math.max(max, candidates.size());
            }
            int q = sample.size();
            return new Probe(q, candidatesNs / 1e6 / q, (double) found / q, max, claimNs / 1e6 / q, idNs / 1e6 / q);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "probe of %d statements: candidates query %.1f ms (%.1f found, max %d), "
                    + "by claimId %.1f ms, by _id %.1f ms", queries, candidatesMs, meanCandidates, maxCandidates,
                    claimMs, idMs);
        }
    }

    static final class Measure {

        private static final String ARTICLES = "articles.raw";
        private static final String APPEARANCES = "claims.appearances";
        private static final String CHANGES = "claims.changes";
        private static final List<String> DEAD_LETTERS = List.of("articles.raw-dlt", "claims.appearances-dlt");
        private static final int DEAD_LETTER_LIMIT = 5;

        private final String bootstrap;
        private final String mongoUri;
        private final Path corpusDir;
        private final int articles;
        private final int sliceSize;
        private final Path out;
        private final Proc extract;
        private final Proc infra;
        private final String articleGroup;
        private final String claimGroup;
        private final Duration sliceTimeout;
        private final Duration budget;
        private final int probes;
        private final int texts;
        private final Duration stall;

        Measure(Map<String, String> o) {
            bootstrap = require(o, "bootstrap");
            mongoUri = require(o, "mongo");
            corpusDir = Path.of(require(o, "corpus"));
            articles = Integer.parseInt(o.getOrDefault("articles", "10000"));
            sliceSize = Integer.parseInt(o.getOrDefault("slice", "1000"));
            out = Path.of(require(o, "out"));
            long ticks = Long.parseLong(o.getOrDefault("clock-ticks", "100"));
            extract = new Proc("extract-service", Long.parseLong(require(o, "extract-pid")), ticks);
            infra = new Proc("local-infra", Long.parseLong(require(o, "infra-pid")), ticks);
            articleGroup = o.getOrDefault("article-group", "articles");
            claimGroup = o.getOrDefault("claim-group", "claims");
            sliceTimeout = Duration.ofSeconds(Long.parseLong(o.getOrDefault("slice-timeout", "7200")));
            budget = Duration.ofMinutes(Long.parseLong(o.getOrDefault("max-minutes", "0")));
            probes = Integer.parseInt(o.getOrDefault("probes", "20"));
            texts = Integer.parseInt(o.getOrDefault("texts", "0"));
            stall = Duration.ofMinutes(Long.parseLong(o.getOrDefault("stall-minutes", "10")));
        }

        /** False when the run failed part-way; what was measured until then is reported all the same. */
        boolean run() throws Exception {
            List<CorpusText> corpus = CorpusText.load(corpusDir);
            if (texts > 0 && texts < corpus.size()) {
                corpus = corpus.subList(0, texts);
            }
            Files.createDirectories(out);
            say("corpus: %d texts in %s; %d articles in slices of %d (%s)", corpus.size(), corpusDir, articles,
                    sliceSize, articles > corpus.size()
                            ? "texts re-used verbatim under new URLs after the first " + corpus.size()
                            : "each text once");
            Properties common = new Properties();
            common.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            try (Admin admin = Admin.create(common);
                 MongoClient mongoClient = MongoClients.create(mongoUri);
                 KafkaProducer<String, String> producer = producer();
                 PrintWriter timeline = new PrintWriter(Files.newBufferedWriter(out.resolve("timeline.csv")))) {
                MongoDatabase db = mongoClient.getDatabase(databaseOf(mongoUri));
                awaitConsumers(admin);
                // the profiles count CPU samples from here on: service start-up is not the pipeline's cost
                Files.writeString(out.resolve("measure-start-ms"), Long.toString(System.currentTimeMillis()));
                timeline.println("seconds,slice,articles_end,articles_committed,appearances_end,"
                        + "appearances_committed,claim_changes,dead_letters,extract_cpu_s,infra_cpu_s,load1");
                List<Slice> slices = new ArrayList<>();
                Offsets previous = offsets(admin);
                long start = System.nanoTime();
                double extractCpu0 = extract.cpuSeconds();
                double infraCpu0 = infra.cpuSeconds();
                String stopped = null;
                boolean failed = false;
                int current = 0;
                try {
                for (int from = 0, index = 1; from < articles; from += sliceSize, index++) {
                    current = index;
                    int to = Math.min(articles, from + sliceSize);
                    double extractCpu = extract.cpuSeconds();
                    double infraCpu = infra.cpuSeconds();
                    long sliceStart = System.nanoTime();
                    List<Future<?>> sends = new ArrayList<>();
                    for (int i = from; i < to; i++) {
                        String value = CorpusText.article(corpus, i);
                        String key = ArticleIds.of(CorpusText.url(corpus, i), null, null);
                        sends.add(producer.send(new ProducerRecord<>(ARTICLES, key, value)));
                    }
                    producer.flush();
                    for (Future<?> send : sends) {
                        send.get();
                    }
                    long expectedEnd = previous.articlesEnd() + (to - from);
                    double stage1 = Double.NaN;
                    Offsets now;
                    long lastSample = 0;
                    Offsets lastProgress = null;
                    long lastProgressAt = sliceStart;
                    boolean stalled = false;
                    while (true) {
                        now = offsets(admin);
                        long t = System.nanoTime();
                        if (lastProgress == null || now.progressedSince(lastProgress)) {
                            lastProgress = now;
                            lastProgressAt = t;
                        } else if (Duration.ofNanos(t - lastProgressAt).compareTo(stall) > 0) {
                            // a consumer that redoes the same uncommitted batch forever changes nothing: say so
                            stalled = true;
                            break;
                        }
                        if (Double.isNaN(stage1) && now.articlesEnd() >= expectedEnd && now.stage1Drained()) {
                            stage1 = (t - sliceStart) / 1e9;
                        }
                        if (t - lastSample >= 1_000_000_000L) {
                            lastSample = t;
                            timeline.printf(Locale.ROOT, "%.1f,%d,%d,%d,%d,%d,%d,%d,%.2f,%.2f,%.2f%n",
                                    (t - start) / 1e9, index, now.articlesEnd(), now.articlesCommitted(),
                                    now.appearancesEnd(), now.appearancesCommitted(), now.changesEnd(),
                                    now.deadLetters(), extract.cpuSeconds() - extractCpu0,
                                    infra.cpuSeconds() - infraCpu0, load1());
                            timeline.flush();
                        }
                        if (now.articlesEnd() >= expectedEnd && now.drained()) {
                            break;
                        }
                        if (now.deadLetters() - previous.deadLetters() >= DEAD_LETTER_LIMIT) {
                            // a failing store dead-letters every record after its retries: no throughput to measure
                            throw new IllegalStateException(String.format(Locale.ROOT, "%d records dead-lettered "
                                    + "in slice %d (see extract-service.log)", now.deadLetters()
                                    - previous.deadLetters(), index));
                        }
                        if (!extract.alive() || !infra.alive()) {
                            throw new IllegalStateException((extract.alive() ? "local-infra" : "extract-service")
                                    + " exited during slice " + index);
                        }
                        if (Duration.ofNanos(t - sliceStart).compareTo(sliceTimeout) > 0) {
                            throw new IllegalStateException("slice " + index + " not processed within "
                                    + sliceTimeout + ": " + now);
                        }
                        Thread.sleep(100);
                    }
                    double wall = (System.nanoTime() - sliceStart) / 1e9;
                    if (stalled) {
                        stopped = String.format(Locale.ROOT, "stalled in slice %d (articles %d-%d) after %.0f s: for "
                                        + "%d minutes no offset was committed and no claim changed (stage 1 committed "
                                        + "%d of %d articles, stage 2 %d of %d appearance records); the slice is not "
                                        + "in the table", index, from + 1, to, wall, stall.toMinutes(),
                                now.articlesCommitted(), now.articlesEnd(), now.appearancesCommitted(),
                                now.appearancesEnd());
                        say("%s", stopped);
                        previous = now;
                        break;
                    }
                    Slice slice = new Slice(index, to - from, to, wall, stage1,
                            now.appearancesEnd() - previous.appearancesEnd(), now.changesEnd() - previous.changesEnd(),
                            counts(db), extract.cpuSeconds() - extractCpu, infra.cpuSeconds() - infraCpu,
                            extract.memoryMiB("VmRSS"), infra.memoryMiB("VmRSS"), load1(), probe(db));
                    slices.add(slice);
                    say("slice %2d: %5d articles in %6.1f s (stage 1 %.1f s) = %6.2f articles/s, %5d claim writes, "
                                    + "%6d claims / %6d statements stored, CPU s extract %.1f infra %.1f, RSS MiB "
                                    + "extract %.0f infra %.0f, load %.1f; %s",
                            index, slice.articles(), wall, stage1, slice.articles() / wall, slice.claimWrites(),
                            slice.after().claims(), slice.after().statements(), slice.extractCpu(), slice.infraCpu(),
                            slice.extractRss(), slice.infraRss(), slice.load(), slice.probe());
                    previous = now;
                    if (!budget.isZero() && Duration.ofNanos(System.nanoTime() - start).compareTo(budget) > 0
                            && to < articles) {
                        stopped = String.format(Locale.ROOT, "stopped after %d of %d articles: the time budget "
                                + "(--max-minutes %d) was spent", to, articles, budget.toMinutes());
                        say("%s", stopped);
                        break;
                    }
                }
                } catch (Exception e) {
                    // a process or the store failed: report the slices measured before it
                    failed = true;
                    String gone = (extract.alive() ? "" : " extract-service had exited;")
                            + (infra.alive() ? "" : " local-infra had exited;");
                    stopped = String.format(Locale.ROOT, "failed in slice %d, which is not in the table:%s %s",
                            current, gone, e);
                    say("%s", stopped);
                }
                Counts end;
                try {
                    end = counts(db);
                } catch (RuntimeException e) {
                    end = slices.isEmpty() ? new Counts(0, 0, 0, 0, 0) : slices.get(slices.size() - 1).after();
                }
                report(slices, extract.cpuSeconds() - extractCpu0, infra.cpuSeconds() - infraCpu0, previous,
                        end, corpus.size(), stopped);
                return !failed;
            }
        }

        /** Probes the idle store and notes when, so that the profiles leave the probe's own queries out. */
        private Probe probe(MongoDatabase db) throws IOException {
            long from = System.currentTimeMillis();
            Probe probe = Probe.of(db, probes);
            Files.writeString(out.resolve("probe-windows.csv"), from + "," + System.currentTimeMillis() + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return probe;
        }

        private KafkaProducer<String, String> producer() {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            p.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
            p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
            return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }

        /** Until both listener containers are in a stable group owning every partition of their topic. */
        private void awaitConsumers(Admin admin) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            String state = "";
            while (System.nanoTime() < deadline) {
                if (!extract.alive()) {
                    throw new IllegalStateException("extract-service exited before its consumers joined");
                }
                try {
                    Map<String, TopicDescription> topics = admin.describeTopics(List.of(ARTICLES, APPEARANCES))
                            .allTopicNames().get(10, TimeUnit.SECONDS);
                    Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(
                            List.of(articleGroup, claimGroup)).all().get(10, TimeUnit.SECONDS);
                    boolean ready = owns(groups.get(articleGroup), topics.get(ARTICLES))
                            && owns(groups.get(claimGroup), topics.get(APPEARANCES));
                    state = groups.values().stream().map(g -> g.groupId() + "=" + g.groupState())
                            .collect(Collectors.joining(", "));
                    if (ready) {
                        say("consumers ready: %s; %s has %d partitions", state, ARTICLES,
                                topics.get(ARTICLES).partitions().size());
                        return;
                    }
                } catch (ExecutionException e) {
                    state = e.getCause().toString();
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("extract-service's consumers did not become ready in 240 s: " + state);
        }

        private static boolean owns(ConsumerGroupDescription group, TopicDescription topic) {
            if (group == null || topic == null || group.groupState() != GroupState.STABLE) {
                return false;
            }
            long assigned = group.members().stream().flatMap(m -> m.assignment().topicPartitions().stream())
                    .filter(tp -> tp.topic().equals(topic.name())).count();
            return assigned == topic.partitions().size();
        }

        private Offsets offsets(Admin admin) throws Exception {
            Map<String, TopicDescription> topics = admin.describeTopics(
                    Stream.concat(Stream.of(ARTICLES, APPEARANCES, CHANGES), DEAD_LETTERS.stream()).toList())
                    .allTopicNames().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
            topics.values().forEach(t -> t.partitions().forEach(
                    p -> specs.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(specs).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
            Map<TopicPartition, OffsetAndMetadata> articleCommits = admin.listConsumerGroupOffsets(articleGroup)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> claimCommits = admin.listConsumerGroupOffsets(claimGroup)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            return new Offsets(sum(ends, ARTICLES), committed(articleCommits, ARTICLES), sum(ends, APPEARANCES),
                    committed(claimCommits, APPEARANCES), sum(ends, CHANGES),
                    DEAD_LETTERS.stream().mapToLong(t -> sum(ends, t)).sum());
        }

        private static long sum(Map<TopicPartition, Long> ends, String topic) {
            return ends.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        private static long committed(Map<TopicPartition, OffsetAndMetadata> commits, String topic) {
            return commits.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        }

        private static Counts counts(MongoDatabase db) {
            return new Counts(count(db, "articles"), count(db, "speakers"), count(db, "statements"),
                    count(db, "claims"), count(db, "claim_redirects"));
        }

        private static long count(MongoDatabase db, String collection) {
            return db.getCollection(collection).estimatedDocumentCount();
        }

        private static String databaseOf(String uri) {
            String path = uri.replaceFirst("^mongodb://[^/]*", "").replaceFirst("^/", "").replaceFirst("\\?.*", "");
            return path.isEmpty() ? "test" : path;
        }

        private void report(List<Slice> slices, double extractCpu, double infraCpu, Offsets end, Counts counts,
                            int corpusSize, String stopped) throws IOException {
            double busy = slices.stream().mapToDouble(Slice::wallSeconds).sum();
            int done = slices.isEmpty() ? 0 : slices.get(slices.size() - 1).articlesTotal();
            try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out.resolve("slices.csv")))) {
                csv.println("slice,articles,articles_total,wall_s,stage1_s,articles_per_s,appearance_records,"
                        + "statements_written,claim_writes,claim_writes_per_s,articles_stored,speakers,statements,"
                        + "claims,redirects,extract_cpu_s,infra_cpu_s,extract_rss_mib,infra_rss_mib,load1,probe_candidates_ms,probe_candidates,"
                        + "probe_candidates_max,probe_claim_ms,probe_id_ms");
                long statementsBefore = 0;
                for (Slice s : slices) {
                    Probe p = s.probe() == null ? new Probe(0, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN)
                            : s.probe();
                    csv.printf(Locale.ROOT, "%d,%d,%d,%.2f,%.2f,%.3f,%d,%d,%d,%.2f,%d,%d,%d,%d,%d,%.2f,%.2f,%.0f,%.0f,%.2f,"
                                    + "%.2f,%.1f,%d,%.2f,%.2f%n",
                            s.index(), s.articles(), s.articlesTotal(), s.wallSeconds(), s.stage1Seconds(),
                            s.articles() / s.wallSeconds(), s.appearanceRecords(),
                            s.after().statements() - statementsBefore, s.claimWrites(),
                            s.claimWrites() / s.wallSeconds(), s.after().articles(), s.after().speakers(),
                            s.after().statements(), s.after().claims(), s.after().redirects(), s.extractCpu(),
                            s.infraCpu(), s.extractRss(), s.infraRss(), s.load(), p.candidatesMs(), p.meanCandidates(), p.maxCandidates(),
                            p.claimMs(), p.idMs());
                    statementsBefore = s.after().statements();
                }
            }
            StringBuilder md = new StringBuilder();
            md.append(String.format(Locale.ROOT, """
                    ## Pipeline figures

                    %d of %d articles (%d corpus texts%s), slices of %d, each produced to articles.raw and drained
                    through both stages before the next. %sFinished %s; load average at the end %s (1, 5, 15 min).

                    | figure | value |
                    | --- | --- |
                    | articles processed (stage 1 committed) | %d |
                    | wall time (sum of slices) | %.1f s |
                    | articles/s (whole pipeline) | %.2f |
                    | statements stored (stage 2) | %d (%.1f/s) |
                    | claim writes (claims.changes: created or grew) | %d (%.1f/s) |
                    | claims stored / merged away (redirects) | %d (%.1f new claims/s) / %d |
                    | speakers stored | %d |
                    | appearance records (claims.appearances) | %d |
                    | dead letters | %d |
                    | CPU s, extract-service / local-infra | %.1f / %.1f (%.0f ms / %.0f ms per article) |
                    | RSS at the end (peak), extract-service | %.0f MiB (%.0f MiB) |
                    | RSS at the end (peak), local-infra | %.0f MiB (%.0f MiB) |

                    Per slice ("stage 1 done": seconds until stage 1 had committed the slice; stage 2 runs alongside
                    and finishes at "wall"). RSS: resident memory at the end of the slice. "candidates query": a
                    query by fields on statements (same speaker, any shared index word), which stage 2 no longer
                    runs (it looks up _id-keyed documents), replayed after the slice on the idle store for a random
                    sample of the first 2,000 statements in _id order: ms per query, statements returned per query;
                    "by _id": the same statement by _id. On the stand-in a field query scans the collection. The
                    profiles below leave the probes' own queries out.

                    | slice | articles (total) | wall s | stage 1 done s | articles/s | statements/s | claim writes/s | claims stored | statements stored | CPU s extract | CPU s infra | CPU ms/article | RSS MiB extract / infra | candidates query ms | candidates returned | by _id ms | load 1 min |
                    | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                    """, done, articles, corpusSize, articles > corpusSize ? ", re-used verbatim under new URLs" : "",
                    sliceSize, stopped == null ? "" : "**" + stopped + ".** ", Instant.now().toString(),
                    loadAverage(), end.articlesCommitted(), busy, done / busy, counts.statements(),
                    counts.statements() / busy, end.changesEnd(), end.changesEnd() / busy, counts.claims(),
                    counts.claims() / busy, counts.redirects(), counts.speakers(), end.appearancesEnd(),
                    end.deadLetters(), extractCpu, infraCpu, 1000 * extractCpu / Math.max(1, done),
                    1000 * infraCpu / Math.max(1, done), extract.memoryMiB("VmRSS"), extract.memoryMiB("VmHWM"),
                    infra.memoryMiB("VmRSS"), infra.memoryMiB("VmHWM")));
            long statementsBefore = 0;
            for (Slice s : slices) {
                Probe p = s.probe();
                md.append(String.format(Locale.ROOT,
                        "| %d | %d (%d) | %.1f | %.1f | %.2f | %.1f | %.1f | %d | %d | %.1f | %.1f | %.0f | %.0f / %.0f | %s | %s | %s | %.1f |%n",
                        s.index(), s.articles(), s.articlesTotal(), s.wallSeconds(), s.stage1Seconds(),
                        s.articles() / s.wallSeconds(), (s.after().statements() - statementsBefore) / s.wallSeconds(),
                        s.claimWrites() / s.wallSeconds(), s.after().claims(), s.after().statements(), s.extractCpu(),
                        s.infraCpu(), 1000 * (s.extractCpu() + s.infraCpu()) / s.articles(), s.extractRss(), s.infraRss(),
                        p == null ? "-" : String.format(Locale.ROOT, "%.1f", p.candidatesMs()),
                        p == null ? "-" : String.format(Locale.ROOT, "%.1f (max %d)", p.meanCandidates(), p.maxCandidates()),
                        p == null ? "-" : String.format(Locale.ROOT, "%.1f", p.idMs()), s.load()));
                statementsBefore = s.after().statements();
            }
            Files.writeString(out.resolve("pipeline.md"), md);
            System.out.println();
            System.out.print(md);
        }

        static void say(String format, Object... args) {
            System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
            System.out.flush();
        }
    }

    /**
     * Where a process's CPU went, from a JFR recording: execution samples by component (JDK frames charged to the
     * nearest caller outside the JDK), by top frame, and inclusively by the methods of the packages of interest.
     */
    static final class Profile {

        /** Component of a frame, by package; the first matching prefix wins. */
        private static final List<Map.Entry<String, String>> COMPONENTS = List.of(
                Map.entry("io.claimtracker.extract.engine.", "engine (extraction)"),
                Map.entry("io.claimtracker.extract.claims.", "clustering: matcher, wording, statements"),
                Map.entry("io.claimtracker.extract.ClaimClustering", "clustering: ClaimClustering"),
                Map.entry("io.claimtracker.", "service code (listeners, ArticleProcessor, ArticleStore)"),
                Map.entry("org.springframework.data.mongodb.", "Spring Data MongoDB (mapping)"),
                Map.entry("org.springframework.data.", "Spring Data MongoDB (mapping)"),
                Map.entry("com.mongodb.", "MongoDB driver"),
                Map.entry("org.bson.", "MongoDB driver (BSON)"),
                Map.entry("de.bwaldvogel.mongo.", "MongoDB stand-in (mongo-java-server)"),
                Map.entry("org.h2.", "MongoDB stand-in storage (H2 MVStore)"),
                Map.entry("io.netty.", "MongoDB stand-in network (Netty)"),
                Map.entry("kafka.", "Kafka broker"),
                Map.entry("org.apache.kafka.clients.", "Kafka client"),
                Map.entry("org.apache.kafka.common.", "Kafka common (client or broker)"),
                Map.entry("org.apache.kafka.", "Kafka broker"),
                Map.entry("org.springframework.kafka.", "spring-kafka"),
                Map.entry("tools.jackson.", "Jackson"),
                Map.entry("com.fasterxml.jackson.", "Jackson"),
                Map.entry("org.springframework.", "Spring (other)"),
                Map.entry("ch.qos.logback.", "logging"),
                Map.entry("org.slf4j.", "logging"));

        private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

        static void run(Map<String, String> o) throws IOException {
            Path jfr = Path.of(require(o, "jfr"));
            String label = o.getOrDefault("label", jfr.getFileName().toString());
            List<String> focus = List.of(o.getOrDefault("focus", "io.claimtracker.").split(","));
            int top = Integer.parseInt(o.getOrDefault("top", "15"));
            Instant since = Instant.ofEpochMilli(Long.parseLong(o.getOrDefault("since-ms", "0")));
            // --skip FILE: lines "fromEpochMs,toEpochMs" of windows to leave out (the bench's own probes)
            List<long[]> skip = new ArrayList<>();
            if (o.containsKey("skip") && Files.exists(Path.of(o.get("skip")))) {
                for (String line : Files.readAllLines(Path.of(o.get("skip")))) {
                    String[] f = line.trim().split(",");
                    if (f.length == 2) {
                        skip.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])});
                    }
                }
            }
            long skipped = 0;
            Map<String, Long> storeCalls = new HashMap<>();
            Map<String, Long> components = new HashMap<>();
            Map<String, Long> topFrames = new HashMap<>();
            Map<String, Long> inclusive = new HashMap<>();
            Map<String, Long> threads = new HashMap<>();
            long samples = 0;
            long gcCount = 0;
            double gcPauseMs = 0;
            double longestPauseMs = 0;
            try (RecordingFile recording = new RecordingFile(jfr)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                String type = event.getEventType().getName();
                if (event.getStartTime().isBefore(since)) {
                    continue;
                }
                long at = event.getStartTime().toEpochMilli();
                if (skip.stream().anyMatch(w -> at >= w[0] && at <= w[1])) {
                    skipped++;
                    continue;
                }
                if (type.equals("jdk.GarbageCollection")) {
                    gcCount++;
                    double pause = event.getDuration("sumOfPauses").toNanos() / 1e6;
                    gcPauseMs += pause;
                    longestPauseMs = Math.max(longestPauseMs, event.getDuration("longestPause").toNanos() / 1e6);
                    continue;
                }
                if (!type.equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                RecordedThread thread = event.getThread("sampledThread");
                String threadName = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
                threads.merge(threadName.replaceAll("\\d+", "#"), 1L, Long::sum);
                List<RecordedFrame> frames = stack.getFrames();
                topFrames.merge(method(frames.get(0)), 1L, Long::sum);
                components.merge(component(frames), 1L, Long::sum);
                String call = storeCall(frames);
                if (call != null) {
                    storeCalls.merge(call, 1L, Long::sum);
                }
                Set<String> seen = new LinkedHashSet<>();
                for (RecordedFrame frame : frames) {
                    String m = method(frame);
                    if (focus.stream().anyMatch(m::startsWith) && seen.add(m)) {
                        inclusive.merge(m, 1L, Long::sum);
                    }
                }
            }
            }
            StringBuilder md = new StringBuilder();
            md.append(String.format(Locale.ROOT, "%n### %s: %d CPU samples (JFR jdk.ExecutionSample%s%s)%n%n", label,
                    samples, since.toEpochMilli() > 0 ? " from " + since + " on" : "",
                    skip.isEmpty() ? "" : String.format(Locale.ROOT, "; %d events in the %d probe windows left out",
                            skipped, skip.size())));
            md.append(String.format(Locale.ROOT, "GC: %d collections, %.0f ms paused in total, longest %.0f ms.%n",
                    gcCount, gcPauseMs, longestPauseMs));
            table(md, "component (self time; JDK frames charged to their caller)", components, samples, top);
            table(md, "thread", threads, samples, 8);
            table(md, "top frame (self time)", topFrames, samples, top);
            table(md, "inclusive: samples with this method on the stack (" + String.join(", ", focus) + ")",
                    inclusive, samples, top + 5);
            if (!storeCalls.isEmpty()) {
                table(md, "MongoDB calls by call site (client side: driver, mapping, BSON)", storeCalls, samples, top);
            }
            System.out.print(md);
            if (o.containsKey("out")) {
                Files.writeString(Path.of(o.get("out")), md);
            }
        }

        private static void table(StringBuilder md, String title, Map<String, Long> counts, long total, int limit) {
            md.append(String.format(Locale.ROOT, "%n| %s | samples | share |%n| --- | ---: | ---: |%n", title));
            counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                    .forEach(e -> md.append(String.format(Locale.ROOT, "| `%s` | %d | %.1f %% |%n", e.getKey(),
                            e.getValue(), 100.0 * e.getValue() / Math.max(1, total))));
        }

        /** "ClaimClustering.candidates -> MongoTemplate.find" when the sample is inside a MongoDB call of ours. */
        private static String storeCall(List<RecordedFrame> frames) {
            String operation = null;
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                if (type.equals("org.springframework.data.mongodb.core.MongoTemplate")
                        || type.equals("org.springframework.data.mongodb.core.DefaultBulkOperations")) {
                    operation = type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
                } else if (operation != null && type.startsWith("io.claimtracker.")) {
                    return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName() + " -> "
                            + operation;
                }
            }
            return null;
        }

        private static String method(RecordedFrame frame) {
            return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
        }

        private static String component(List<RecordedFrame> frames) {
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                if (JDK.stream().anyMatch(type::startsWith)) {
                    continue;
                }
                for (Map.Entry<String, String> c : COMPONENTS) {
                    if (type.startsWith(c.getKey())) {
                        return c.getValue();
                    }
                }
                return "other: " + type.replaceAll("\\.[^.]*$", "");
            }
            String type = frames.get(0).getMethod().getType().getName();
            return "JDK only: " + type.replaceAll("\\.[^.]*$", "");
        }
    }
}
