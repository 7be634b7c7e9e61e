package io.claimtracker.extract.cli;

import java.io.PrintStream;

/** {@code eval ...}: scores the engine against PolNeAR and the hand-annotated seeds gold. */
public final class EvalCommand {

    private EvalCommand() {
    }

    /** @return the process exit code */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("eval: not implemented yet");
        return 1;
    }
}
