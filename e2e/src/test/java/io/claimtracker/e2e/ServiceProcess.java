package io.claimtracker.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * One service jar running as its own process, as run-local.sh and docker-compose run it: configured only through
 * environment variables, output in a log file under target/, stopped with SIGTERM (then SIGKILL after 20 s).
 */
final class ServiceProcess implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

    private final String module;
    private final Process process;
    private final Path log;
    final int port;

    private ServiceProcess(String module, Process process, Path log, int port) {
        this.module = module;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code <module>/target/<module>.jar} with the environment given plus its port variable. */
    static ServiceProcess start(String module, String portVariable, Map<String, String> environment) throws IOException {
        Path jar = ROOT.resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: these tests run in `./mvnw verify`, after packaging");
        }
        int port = freePort();
        Path log = ROOT.resolve("e2e/target/" + module + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put(portVariable, String.valueOf(port));
        return new ServiceProcess(module, builder.start(), log, port);
    }

    void awaitHealthy(HttpClient http) {
        await(module + " healthy on port " + port).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(module + " exited with " + process.exitValue() + ":\n" + tail());
                    }
                    try {
                        var response = http.send(HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() == 200 && response.body().contains("UP");
                    } catch (IOException notYet) {
                        return false;
                    }
                });
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
