package io.claimtracker.ingest;

import io.claimtracker.contracts.ArticleReceived;
import io.claimtracker.contracts.FieldError;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code java -jar ingest-service.jar import PATH... [--spring.property=value...]}: imports files and folders
 * through {@link ArticleIngest}, publishing to Kafka and skipping repeats exactly as the HTTP endpoint does, in a
 * Spring context without the web server. Progress on stderr, the summary on stdout.
 *
 * <p>Exit codes: 0 every article accepted or a duplicate; 1 some rejected (the summary says which and why);
 * 2 usage error (no path, a path that does not exist); 3 Kafka or MongoDB unreachable (the import stopped; run
 * it again: what was imported comes back as duplicates).
 */
@Component
class ImportCommand {

    static final int OK = 0;
    static final int SOME_REJECTED = 1;
    static final int USAGE = 2;
    static final int NOT_WRITTEN = 3;

    /** Rejections listed one by one in the summary; past that only counted, to keep memory and output bounded. */
    static final int MAX_LISTED = 1000;

    private static final String HELP = """
            usage: java -jar ingest-service.jar import PATH... [--spring.kafka.bootstrap-servers=HOST:PORT ...]
              Imports articles into claim-tracker: each PATH is a file or a folder (read recursively, in path order).
                .txt           the file is one article's text
                .html, .htm    the file is one article's HTML
                .json          one article object, or an array of them: {url?, outlet?, title?, publishedAt?,
                               language?, text | html}
                .ndjson,.jsonl one article object per line
              Other files are skipped (and listed). Kafka and MongoDB come from KAFKA_BOOTSTRAP_SERVERS and
              MONGODB_URI (or --spring.* options). Progress goes to stderr, the summary to stdout.
              Exit: 0 all accepted or duplicates, 1 some rejected, 2 usage error, 3 Kafka/MongoDB unreachable.""";

    private final ArticleIngest ingest;
    private final IngestProperties.Limits limits;

    ImportCommand(ArticleIngest ingest, IngestProperties properties) {
        this.ingest = ingest;
        this.limits = properties.limits();
    }

    /** The command line entry: checks the arguments, then starts Spring without a web server and imports. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> springArgs = new ArrayList<>();
        List<Path> roots = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(HELP);
                return OK;
            } else if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else {
                roots.add(Path.of(arg));
            }
        }
        if (roots.isEmpty()) {
            err.println("import: no PATH given\n" + HELP);
            return USAGE;
        }
        List<Path> missing = roots.stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(p -> err.println("import: no such file or folder: " + p));
            return USAGE;
        }
        ImportFiles files;
        try {
            files = ImportFiles.collect(roots);
        } catch (IOException e) {
            err.println("import: cannot list " + e.getMessage());
            return USAGE;
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(IngestApplication.class)
                    .web(WebApplicationType.NONE)
                    .profiles("import")
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            err.println("import: could not start: " + root.getMessage());
            return NOT_WRITTEN;
        }
        try (context) {
            return context.getBean(ImportCommand.class).importFiles(files, ImportProgress.detect(), out, err);
        }
    }

    /** Imports the files; returns the exit code. */
    int importFiles(ImportFiles files, ImportProgress.Style style, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        ImportProgress progress = new ImportProgress(err, style, files.totalBytes(), files.files().size());
        Tally tally = new Tally();
        ChunkedIngest<Source> chunks = new ChunkedIngest<>(ingest, tally::add);
        long bytesDone = 0;
        int filesDone = 0;
        progress.update(0, 0, 0);
        for (int f = 0; f < files.files().size() && !chunks.failed(); f++) {
            ImportFiles.Entry file = files.files().get(f);
            try {
                switch (file.kind()) {
                    case TEXT, HTML -> readWhole(f, file, chunks, tally);
                    case JSON -> readJson(f, file, chunks, tally);
                    case NDJSON -> readNdjson(f, file, chunks, tally, bytesDone, filesDone, progress);
                }
            } catch (IOException e) {
                tally.add(new Source(f, 0, file.path().toString()),
                        Outcome.rejected(List.of(new FieldError("file", "cannot be read: " + e.getMessage()))));
            }
            bytesDone += file.size();
            filesDone++;
            progress.update(bytesDone, filesDone, tally.articles + chunks.pending());
        }
        if (!chunks.failed()) {
            chunks.flush();
        }
        progress.finish(filesDone, tally.articles);
        tally.print(out, files, filesDone, (System.nanoTime() - started) / 1_000_000);
        return tally.failed > 0 ? NOT_WRITTEN : tally.rejected > 0 ? SOME_REJECTED : OK;
    }

    private void readWhole(int f, ImportFiles.Entry file, ChunkedIngest<Source> chunks, Tally tally)
            throws IOException {
        Source source = new Source(f, 0, file.path().toString());
        if (file.size() > limits.article().toBytes()) {
            tally.add(source, tooLarge(file, limits.article()));
            return;
        }
        String content;
        try {
            content = Utf8Text.decode(Files.readAllBytes(file.path()));
        } catch (Utf8Text.NotUtf8 e) {
            tally.add(source, Outcome.rejected(List.of(new FieldError("file", e.getMessage()))));
            return;
        }
        boolean text = file.kind() == ImportFiles.Kind.TEXT;
        chunks.add(source, new ArticleReceived(0, null, null, null, null, null, null,
                text ? content : null, text ? null : content, null));
    }

    private void readJson(int f, ImportFiles.Entry file, ChunkedIngest<Source> chunks, Tally tally)
            throws IOException {
        if (file.size() > limits.batch().toBytes()) {
            tally.add(new Source(f, 0, file.path().toString()), tooLarge(file, limits.batch()));
            return;
        }
        String json;
        try {
            json = Utf8Text.decode(Files.readAllBytes(file.path()));
        } catch (Utf8Text.NotUtf8 e) {
            tally.add(new Source(f, 0, file.path().toString()),
                    Outcome.rejected(List.of(new FieldError("file", e.getMessage()))));
            return;
        }
        List<SubmittedArticle> articles = SubmittedArticle.fromJsonObjectOrArray(json);
        boolean array = articles.size() > 1 || json.stripLeading().startsWith("[");
        for (int i = 0; i < articles.size(); i++) {
            Source source = new Source(f, i, file.path() + (array ? " [" + i + "]" : ""));
            SubmittedArticle article = articles.get(i);
            if (article.readable()) {
                chunks.add(source, article.article());
            } else {
                tally.add(source, Outcome.rejected(article.errors()));
            }
        }
    }

    private void readNdjson(int f, ImportFiles.Entry file, ChunkedIngest<Source> chunks, Tally tally,
            long bytesBefore, int filesDone, ImportProgress progress) throws IOException {
        try (InputStream in = Files.newInputStream(file.path())) {
            NdjsonLines lines = new NdjsonLines(in, (int) limits.line().toBytes(), Long.MAX_VALUE);
            for (NdjsonLines.Line line = lines.next(); line != null && !chunks.failed(); line = lines.next()) {
                progress.update(bytesBefore + lines.consumed(), filesDone, tally.articles + chunks.pending());
                if (line.blank()) {
                    continue;
                }
                Source source = new Source(f, line.number(), file.path() + " line " + line.number());
                SubmittedArticle article = readLine(line);
                if (article.readable()) {
                    chunks.add(source, article.article());
                } else {
                    tally.add(source, Outcome.rejected(article.errors()));
                }
            }
        } catch (NdjsonLines.StreamTooLarge impossible) {
            throw new IllegalStateException("a file has no total limit", impossible);
        }
    }

    private SubmittedArticle readLine(NdjsonLines.Line line) {
        if (line.tooLong()) {
            return SubmittedArticle.invalid(new FieldError("line", "is " + line.length() + " bytes, over the "
                    + limits.line() + " limit per line"));
        }
        try {
            return SubmittedArticle.fromJson(Utf8Text.decode(line.bytes()), true);
        } catch (Utf8Text.NotUtf8 e) {
            return SubmittedArticle.invalid(new FieldError("line", e.getMessage()));
        }
    }

    private static Outcome tooLarge(ImportFiles.Entry file, org.springframework.util.unit.DataSize limit) {
        return Outcome.rejected(List.of(new FieldError("file", "is " + file.size() + " bytes, over the " + limit
                + " limit" + (file.kind() == ImportFiles.Kind.JSON ? "; use .ndjson for large sets" : ""))));
    }

    /** Where an article came from: the file's position in the import, the item in the file, and a label. */
    record Source(int file, int item, String label) {
        static final Comparator<Source> ORDER = Comparator.comparingInt(Source::file).thenComparingInt(Source::item);
    }

    /** Counts outcomes and keeps the reasons for the summary. */
    private static final class Tally {
        int articles;
        int accepted;
        int duplicates;
        int rejected;
        int failed;
        String failure;
        final List<Source> rejectedSources = new ArrayList<>();
        final List<String> rejectedReasons = new ArrayList<>();

        void add(Source source, Outcome outcome) {
            articles++;
            switch (outcome.status()) {
                case ACCEPTED -> accepted++;
                case DUPLICATE -> duplicates++;
                case REJECTED -> {
                    rejected++;
                    if (rejectedSources.size() < MAX_LISTED) {
                        rejectedSources.add(source);
                        rejectedReasons.add(outcome.errors().stream().map(e -> e.field() + " " + e.message())
                                .collect(Collectors.joining("; ")));
                    }
                }
                case FAILED -> {
                    failed++;
                    if (failure == null) {
                        failure = outcome.reason();
                    }
                }
            }
        }

        void print(PrintStream out, ImportFiles files, int filesDone, long millis) {
            out.printf(Locale.ROOT, "import: %d %s from %d of %d %s in %.1f s: %d accepted, %d %s, %d rejected%s%s%n",
                    articles, plural(articles, "article", "articles"), filesDone, files.files().size(),
                    plural(files.files().size(), "file", "files"), millis / 1000.0, accepted, duplicates,
                    plural(duplicates, "duplicate", "duplicates"), rejected,
                    failed == 0 ? "" : ", " + failed + " not written",
                    files.skipped().isEmpty() ? "" : "; " + files.skipped().size() + " skipped");
            if (rejected > 0) {
                out.println("rejected:");
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < rejectedSources.size(); i++) {
                    order.add(i);
                }
                order.sort(Comparator.comparing(rejectedSources::get, Source.ORDER));
                order.forEach(i -> out.println("  " + rejectedSources.get(i).label() + ": "
                        + rejectedReasons.get(i)));
                if (rejected > rejectedSources.size()) {
                    out.println("  ... and " + (rejected - rejectedSources.size()) + " more");
                }
            }
            if (!files.skipped().isEmpty()) {
                out.println("skipped (not " + ImportFiles.KINDS + "):");
                files.skipped().forEach(p -> out.println("  " + p));
            }
            if (failed > 0) {
                out.println("not written: " + failure);
                out.println("  the import stopped there; run it again when the service is up: articles already "
                        + "imported come back as duplicates");
            }
            out.flush();
        }

        private static String plural(int n, String one, String many) {
            return n == 1 ? one : many;
        }
    }
}
