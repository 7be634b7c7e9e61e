package io.claimtracker.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** run-local.sh and the README import {@code seeds/}: it must hold the five articles and nothing else. */
class SeedsFolderTest {

    @Test
    void theSeedsFolderHoldsOnlyTheFiveArticles() throws IOException {
        try (Stream<Path> files = Files.walk(ServiceProcess.ROOT.resolve("seeds"))) {
            assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
                    .hasSize(5).allMatch(name -> name.endsWith(".txt"));
        }
    }
}
