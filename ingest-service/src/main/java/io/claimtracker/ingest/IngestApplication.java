package io.claimtracker.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Arrays;

/**
 * ingest-service: with no arguments, the HTTP service on port 8081; {@code import PATH...} imports files and
 * folders through the same ingest code, without the web server, and exits (see {@link ImportCommand}).
 */
@SpringBootApplication
public class IngestApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(IngestApplication.class, args);
    }
}
