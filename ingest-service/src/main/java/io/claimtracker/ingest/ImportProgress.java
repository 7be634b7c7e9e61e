package io.claimtracker.ingest;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The import's progress on stderr, by bytes read. On a terminal, one bar redrawn in place (at most ten times a
 * second); elsewhere (CI logs, a redirected stderr) one plain line per tenth, so a log stays readable.
 * {@code INGEST_PROGRESS=bar|lines|none} overrides the choice.
 */
final class ImportProgress {

    enum Style { BAR, LINES, NONE }

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final Style style;
    private final long totalBytes;
    private final int totalFiles;
    private long lastDraw;
    private int lastTenth = -1;
    private int lastLength;
    private String lastLine = "";

    ImportProgress(PrintStream err, Style style, long totalBytes, int totalFiles) {
        this.err = err;
        this.style = style;
        this.totalBytes = totalBytes;
        this.totalFiles = totalFiles;
    }

    /** BAR on an interactive terminal, LINES otherwise, unless INGEST_PROGRESS says. */
    static Style detect() {
        String chosen = System.getenv("INGEST_PROGRESS");
        if (chosen != null && !chosen.isBlank()) {
            try {
                return Style.valueOf(chosen.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // fall through to detection
            }
        }
        boolean terminal = System.console() != null && System.getenv("CI") == null
                && !"dumb".equals(System.getenv("TERM"));
        return terminal ? Style.BAR : Style.LINES;
    }

    void update(long bytesDone, int filesDone, int articles) {
        int percent = percent(bytesDone);
        switch (style) {
            case BAR -> {
                long now = System.nanoTime();
                if (now - lastDraw >= 100_000_000L || bytesDone >= totalBytes) {
                    lastDraw = now;
                    draw(percent, filesDone, articles);
                }
            }
            case LINES -> {
                int tenth = percent / 10;
                if (tenth > lastTenth) {
                    lastTenth = tenth;
                    printLine(percent, filesDone, articles);
                }
            }
            case NONE -> {
            }
        }
    }

    void finish(int filesDone, int articles) {
        if (style == Style.BAR) {
            draw(100, filesDone, articles);
            err.println();
        } else if (style == Style.LINES && !lastLine.equals(line(100, filesDone, articles))) {
            printLine(100, filesDone, articles);
        }
        err.flush();
    }

    private void printLine(int percent, int filesDone, int articles) {
        lastLine = line(percent, filesDone, articles);
        err.println(lastLine);
    }

    private String line(int percent, int filesDone, int articles) {
        return String.format(Locale.ROOT, "import: %3d%% (%d/%d %s, %d %s)", percent, filesDone, totalFiles,
                totalFiles == 1 ? "file" : "files", articles, articles == 1 ? "article" : "articles");
    }

    private void draw(int percent, int filesDone, int articles) {
        int filled = percent * WIDTH / 100;
        String line = String.format(Locale.ROOT, "\r[%s%s] %3d%%  %d/%d %s  %d %s", "#".repeat(filled),
                "-".repeat(WIDTH - filled), percent, filesDone, totalFiles, totalFiles == 1 ? "file" : "files",
                articles, articles == 1 ? "article" : "articles");
        // pad so a shorter line fully covers the previous one
        err.print(line + " ".repeat(Math.max(0, lastLength - line.length())));
        lastLength = line.length();
        err.flush();
    }

    private int percent(long bytesDone) {
        if (totalBytes <= 0) {
            return 100;
        }
        return (int) Math.min(100, bytesDone * 100 / totalBytes);
    }
}
