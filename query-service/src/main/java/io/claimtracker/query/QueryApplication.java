package io.claimtracker.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The read side of claim-tracker: answers queries about claims, speakers and articles from MongoDB (written only
 * by extract-service) and relays {@code claims.changes} to browsers as a server-sent event stream.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QueryApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryApplication.class, args);
    }
}
