package io.claimtracker.extract;

import io.claimtracker.extract.cli.ClusterEvalCommand;
import io.claimtracker.extract.cli.EvalCommand;
import io.claimtracker.extract.cli.ExtractCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Arrays;

/**
 * extract-service: with no arguments, the Kafka-to-MongoDB service; {@code extract PATH...}, {@code eval ...} and
 * {@code cluster-eval ...} run the engine's commands without Spring, Kafka or MongoDB.
 */
@SpringBootApplication
public class ExtractApplication {

    private static final java.util.Set<String> COMMANDS = java.util.Set.of("extract", "eval", "cluster-eval");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            int code = switch (args[0]) {
                case "extract" -> ExtractCommand.run(rest, System.out, System.err);
                case "eval" -> EvalCommand.run(rest, System.out, System.err);
                default -> ClusterEvalCommand.run(rest, System.out, System.err);
            };
            System.exit(code);
        }
        SpringApplication.run(ExtractApplication.class, args);
    }
}
