package io.claimtracker.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files an import covers: each argument in the order given, a folder's files recursively in path order.
 * Files of another kind are listed as skipped, so the summary can say what was left out.
 */
record ImportFiles(List<ImportFiles.Entry> files, List<Path> skipped) {

    enum Kind {
        /** the whole file is one article's {@code text} */
        TEXT,
        /** the whole file is one article's {@code html} */
        HTML,
        /** one article object, or an array of them */
        JSON,
        /** one article object per line */
        NDJSON
    }

    record Entry(Path path, Kind kind, long size) {
    }

    static final String KINDS = ".txt, .html, .htm, .json, .ndjson or .jsonl";

    static ImportFiles collect(List<Path> roots) throws IOException {
        Set<Path> seen = new LinkedHashSet<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(seen::add);
                }
            } else {
                seen.add(root);
            }
        }
        List<Entry> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path path : seen) {
            Optional<Kind> kind = kindOf(path);
            if (kind.isPresent()) {
                files.add(new Entry(path, kind.get(), Files.size(path)));
            } else {
                skipped.add(path);
            }
        }
        return new ImportFiles(List.copyOf(files), List.copyOf(skipped));
    }

    static Optional<Kind> kindOf(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "txt" -> Optional.of(Kind.TEXT);
            case "html", "htm" -> Optional.of(Kind.HTML);
            case "json" -> Optional.of(Kind.JSON);
            case "ndjson", "jsonl" -> Optional.of(Kind.NDJSON);
            default -> Optional.empty();
        };
    }

    long totalBytes() {
        return files.stream().mapToLong(Entry::size).sum();
    }
}
