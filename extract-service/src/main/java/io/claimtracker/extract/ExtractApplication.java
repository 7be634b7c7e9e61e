package io.claimtracker.extract;

import io.claimtracker.extract.cli.EvalCommand;
import io.claimtracker.extract.cli.ExtractCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Arrays;

/**
 * extract-service: with no arguments, the Kafka-to-MongoDB service; {@code extract PATH...} and {@code eval ...}
 * run the engine's commands without Spring, Kafka or MongoDB.
 */
@SpringBootApplication
public class ExtractApplication {

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("extract") || args[0].equals("eval"))) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            int code = args[0].equals("extract")
                    ? ExtractCommand.run(rest, System.out, System.err)
                    : EvalCommand.run(rest, System.out, System.err);
            System.exit(code);
        }
        SpringApplication.run(ExtractApplication.class, args);
    }
}
