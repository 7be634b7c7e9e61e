package io.claimtracker.extract.bench;

import io.claimtracker.extract.engine.ClaimExtractor;
import io.claimtracker.extract.engine.Extraction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Engine throughput in articles per second on one thread, over a folder of article texts (the PolNeAR train
 * texts by default). One operation is one article; the benchmark cycles through the corpus in name order.
 *
 * <p>Not a unit test: run it with {@code ./mvnw -B -q -pl extract-service -Pbench test-compile exec:exec}
 * (see docs/quality.md); {@code -Dbench.corpus=DIR} picks another folder.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Threads(1)
public class ExtractorBenchmark {

    /** The folder of .txt articles; empty means the system property {@code bench.corpus}, else the PolNeAR train texts. */
    @Param("")
    public String corpus;

    private final ClaimExtractor engine = new ClaimExtractor();
    private String[] texts;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        String dir = !corpus.isEmpty() ? corpus
                : System.getProperty("bench.corpus", "../../shared/eval/polnear/train/text");
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(ExtractorBenchmark::read)
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the benchmark corpus " + dir, e);
        }
        if (texts.length == 0) {
            throw new IllegalStateException("no .txt articles in " + dir);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long cpuAtStart;
    private long articles;

    /** The score counts wall-clock seconds; on a shared machine also note the benchmark thread's CPU time. */
    @Setup(Level.Iteration)
    public void startIteration() {
        cpuAtStart = threads.getCurrentThreadCpuTime();
        articles = 0;
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
        long cpu = threads.getCurrentThreadCpuTime() - cpuAtStart;
        if (cpu > 0) {
            System.out.printf("  [%d articles per CPU-second of the benchmark thread]%n", Math.round(articles / (cpu / 1e9)));
        }
    }

    /** One article per operation: the score is articles per second. */
    @Benchmark
    public Extraction article() {
        String text = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        articles++;
        return engine.extract(text);
    }
}
