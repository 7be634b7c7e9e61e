package io.claimtracker.extract.cli;

import java.io.PrintStream;

/** {@code extract PATH...}: one JSON line of claims per article file, without Kafka or MongoDB. */
public final class ExtractCommand {

    private ExtractCommand() {
    }

    /** @return the process exit code */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("extract: not implemented yet");
        return 1;
    }
}
