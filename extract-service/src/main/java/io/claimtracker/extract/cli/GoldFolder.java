package io.claimtracker.extract.cli;

import java.nio.file.Path;

/**
 * Where the hand-annotated gold lives: the {@code gold} folder beside the seeds folder ({@code seeds/} holds only
 * the articles, so that importing it imports nothing else).
 */
final class GoldFolder {

    private GoldFolder() {
    }

    static Path beside(Path seeds) {
        return seeds.toAbsolutePath().normalize().resolveSibling("gold");
    }
}
