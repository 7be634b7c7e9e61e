package io.claimtracker.extract.cli;

import io.claimtracker.extract.engine.ClaimExtractor;
import io.claimtracker.extract.engine.ExtractedClaim;
import io.claimtracker.extract.engine.Extraction;
import io.claimtracker.extract.engine.PublicationDate;
import io.claimtracker.extract.engine.SpeakerMention;
import io.claimtracker.extract.engine.SpeakerProfile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code extract PATH...}: one JSON line of claims per article file, without Kafka or MongoDB: the fields of
 * DESIGN.md, plus (additive) {@code claims[].speaker.named}, {@code claims[].parts} for a quotation split by its
 * cue, {@code speakers} (the article's profile of each speaker) and {@code published} (a date the page prints).
 * Folders are walked
 * for {@code .txt} and {@code .html} files in name order; {@code .html} goes through the HTML text extraction.
 * A missing or unreadable file is reported on stderr and skipped; the exit code is 1 if any file failed.
 */
public final class ExtractCommand {

    private ExtractCommand() {
    }

    /** @return the process exit code: 0 all read, 1 some file failed, 2 usage error */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            err.println("usage: extract PATH...   (files or folders of .txt / .html articles)");
            err.println("prints one JSON line per article: {\"file\", \"claims\": [...]}, offsets in code points");
            return args.length == 0 ? 2 : 0;
        }
        ClaimExtractor engine = new ClaimExtractor();
        List<Path> files = new ArrayList<>();
        int failures = 0;
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    files.addAll(walk.filter(Files::isRegularFile).filter(ExtractCommand::isArticle).sorted().toList());
                } catch (IOException | RuntimeException e) {
                    err.println("extract: cannot list " + arg + ": " + reason(e));
                    failures++;
                }
            } else {
                files.add(path);
            }
        }
        // The engine is thread-safe: articles are read in parallel, in chunks so memory stays bounded, and
        // printed in the order given.
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        try {
            int chunk = 64 * threads;
            for (int from = 0; from < files.size(); from += chunk) {
                List<Future<String>> lines = new ArrayList<>();
                for (Path file : files.subList(from, Math.min(files.size(), from + chunk))) {
                    lines.add(pool.submit(() -> extractOne(engine, file)));
                }
                for (int i = 0; i < lines.size(); i++) {
                    Path file = files.get(from + i);
                    try {
                        out.write(lines.get(i).get().getBytes(StandardCharsets.UTF_8));
                    } catch (ExecutionException e) {
                        Throwable cause = e.getCause();
                        err.println("extract: cannot read " + file + ": "
                                + (cause instanceof Exception ex ? reason(ex) : String.valueOf(cause)));
                        failures++;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return 1;
                    } catch (IOException e) {
                        err.println("extract: cannot write output: " + reason(e));
                        return 1;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private static String extractOne(ClaimExtractor engine, Path file) throws IOException {
        String text = Articles.read(file);
        Extraction x = isHtml(file) ? engine.extractHtml(text) : engine.extract(text);
        return line(file.toString(), x);
    }

    static boolean isArticle(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || isHtml(p);
    }

    static boolean isHtml(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm");
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The JSON line of DESIGN.md for one article. */
    static String line(String file, Extraction x) {
        StringBuilder b = new StringBuilder(256 + x.claims().size() * 256);
        b.append("{\"file\":");
        Json.string(b, file);
        b.append(",\"claims\":[");
        boolean first = true;
        for (ExtractedClaim c : x.claims()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            b.append("{\"kind\":");
            Json.string(b, c.kind().label());
            b.append(",\"text\":");
            Json.string(b, c.text());
            b.append(",\"start\":").append(c.start());
            b.append(",\"end\":").append(c.end());
            b.append(",\"cue\":");
            Json.string(b, c.cue());
            b.append(",\"speaker\":");
            SpeakerMention s = c.speaker();
            if (s == null) {
                b.append("null");
            } else {
                b.append("{\"name\":");
                Json.string(b, s.name());
                b.append(",\"mention\":");
                Json.string(b, s.mention());
                b.append(",\"start\":").append(s.start());
                b.append(",\"end\":").append(s.end());
                b.append(",\"named\":").append(s.named());
                b.append('}');
            }
            b.append(",\"reportedBy\":");
            Json.string(b, c.reportedBy());
            b.append(",\"confidence\":").append(c.confidence());
            if (!c.parts().isEmpty()) {
                b.append(",\"parts\":[");
                for (int i = 0; i < c.parts().size(); i++) {
                    b.append(i == 0 ? "[" : ",[").append(c.parts().get(i).start()).append(',')
                            .append(c.parts().get(i).end()).append(']');
                }
                b.append(']');
            }
            b.append('}');
        }
        b.append("],\"speakers\":[");
        for (int i = 0; i < x.speakers().size(); i++) {
            SpeakerProfile p = x.speakers().get(i);
            b.append(i == 0 ? "{\"name\":" : ",{\"name\":");
            Json.string(b, p.name());
            b.append(",\"aliases\":");
            Json.strings(b, p.aliases());
            b.append(",\"descriptions\":");
            Json.strings(b, p.descriptions());
            b.append(",\"claims\":").append(p.claims()).append('}');
        }
        b.append("],\"published\":");
        PublicationDate d = x.published();
        if (d == null) {
            b.append("null");
        } else {
            b.append("{\"text\":");
            Json.string(b, d.text());
            b.append(",\"start\":").append(d.start()).append(",\"end\":").append(d.end())
                    .append(",\"year\":").append(d.year()).append(",\"month\":").append(d.month())
                    .append(",\"day\":").append(d.day()).append(",\"hour\":").append(d.hour())
                    .append(",\"minute\":").append(d.minute()).append('}');
        }
        b.append("}\n");
        return b.toString();
    }
}
