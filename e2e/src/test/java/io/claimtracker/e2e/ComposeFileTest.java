package io.claimtracker.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docker-compose.yml cannot run here (no Docker engine), so it is checked offline: it parses, it runs the
 * infrastructure DESIGN.md names, every service waits for healthy dependencies, sets only variables its
 * application.yml reads, and publishes the port the README lists.
 */
class ComposeFileTest {

    private static final Path ROOT = ServiceProcess.ROOT;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        return (Map<String, Object>) services().get(name);
    }

    @Test
    void runsKafkaInKraftModeAndMongoAsAReplicaSet() throws IOException {
        assertThat(services()).containsOnlyKeys("kafka", "mongo", "ingest-service", "extract-service", "query-service");
        assertThat(service("kafka").get("image")).isEqualTo("apache/kafka:4.2.1");
        assertThat(map(service("kafka").get("environment")).get("KAFKA_PROCESS_ROLES"))
                .isEqualTo("broker,controller");
        assertThat(service("mongo").get("image")).isEqualTo("mongo:8");
        assertThat(list(service("mongo").get("command"))).contains("--replSet");
        assertThat(service("kafka")).containsKey("healthcheck");
        assertThat(service("mongo")).containsKey("healthcheck");
    }

    @ParameterizedTest
    @CsvSource({"ingest-service, INGEST_PORT, 8081", "extract-service, EXTRACT_PORT, 8082", "query-service, QUERY_PORT, 8080"})
    void eachServiceIsConfiguredOnlyThroughVariablesItReads(String name, String portVariable, int port) throws IOException {
        Map<String, Object> service = service(name);
        Map<String, Object> environment = map(service.get("environment"));
        Set<String> read = placeholders(ROOT.resolve(name).resolve("src/main/resources/application.yml"));

        assertThat(read).contains(portVariable, "KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI");
        assertThat(environment.keySet()).as(name + " sets variables its application.yml does not read")
                .allSatisfy(key -> assertThat(read).contains(key));
        assertThat(environment).containsKeys(portVariable, "KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI");
        assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:19092");
        assertThat(String.valueOf(environment.get("MONGODB_URI"))).startsWith("mongodb://mongo:27017/");
        assertThat(String.valueOf(environment.get(portVariable))).isEqualTo(String.valueOf(port));
        assertThat(list(service.get("ports"))).containsExactly(port + ":" + port);
        assertThat(defaultOf(ROOT.resolve(name).resolve("src/main/resources/application.yml"), portVariable))
                .isEqualTo(String.valueOf(port));
        assertThat(map(service.get("depends_on"))).allSatisfy((dependency, condition) ->
                assertThat(map(condition).get("condition")).isEqualTo("service_healthy"));
        assertThat(map(service.get("depends_on"))).containsOnlyKeys("kafka", "mongo");
        assertThat(map(service.get("healthcheck")).get("test").toString()).contains("localhost:" + port);
    }

    @ParameterizedTest
    @CsvSource({"query-service, 8080", "ingest-service, 8081", "extract-service, 8082", "Kafka, 9092", "MongoDB, 27017"})
    void theReadmeListsThePortsTheFilesUse(String component, int port) throws IOException {
        assertThat(Files.readAllLines(ROOT.resolve("README.md")))
                .anyMatch(line -> line.startsWith("|") && line.contains(component) && line.contains(" " + port + " "));
        assertThat(Files.readString(ROOT.resolve("docker-compose.yml"))).contains("\"" + port + ":" + port + "\"");
    }

    @Test
    void dockerComposeAcceptsTheFileWhereItIsInstalled() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/docker-compose")), "docker-compose is not installed");
        Process process = new ProcessBuilder("/usr/bin/docker-compose", "-f", "docker-compose.yml", "config", "-q")
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object yaml) {
        return (List<Object>) yaml;
    }

    private static Set<String> placeholders(Path applicationYml) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(Files.readString(applicationYml));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String defaultOf(Path applicationYml, String variable) throws IOException {
        Matcher matcher = Pattern.compile("\\$\\{" + variable + ":([^}]*)}").matcher(Files.readString(applicationYml));
        return matcher.find() ? matcher.group(1) : null;
    }
}
