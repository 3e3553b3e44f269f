package org.cloudsdk.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.it.LocalCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample application as built, run the way a user runs it in Spring AOT mode on the JVM: a
 * JVM of its own with {@code -Dspring.aot.enabled=true}, over the bean definitions that
 * {@code spring-boot:process-aot} generated at build time, against the real local cloud. It
 * starts, serves a REST call that reads the cloud, and its sync job uploads a file.
 */
class SampleAotIT {

    private static final Duration STARTUP = Duration.ofMinutes(2);
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsInAotModeAndWorksAgainstTheLocalCloud() throws Exception {
        assertThat(Path.of("target/classes/org/cloudsdk/sample/SampleApplication__ApplicationContextInitializer.class"))
                .as("process-aot ran at build time").exists();
        String container = "sample-aot-it-" + UUID.randomUUID().toString().substring(0, 8);
        Path outbox = Files.createDirectories(work.resolve("outbox"));
        Files.writeString(outbox.resolve("hello.txt"), "hello from AOT mode");
        Path log = work.resolve("app.log");

        Process app = new ProcessBuilder(List.of(javaExecutable(), "-Dspring.aot.enabled=true", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                SampleApplication.class.getName(), "--server.port=0",
                "--cloud.sync.jobs.sample.folder=" + outbox, "--cloud.sync.jobs.sample.container=" + container,
                "--cloud.sync.jobs.sample.initial-delay=0s", "--cloud.sync.jobs.sample.fixed-delay=1h"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitOrFail(() -> read(log).contains("Started SampleApplication") || !app.isAlive(), STARTUP, log);
            String output = read(log);
            assertThat(app.isAlive()).as("the application is running:\n" + output).isTrue();
            assertThat(output).contains("Starting AOT-processed SampleApplication");

            Matcher port = PORT.matcher(output);
            assertThat(port.find()).as("the port in the log:\n" + output).isTrue();
            String base = "http://127.0.0.1:" + port.group(1);

            HttpResponse<String> containers = get(base + "/containers");
            assertThat(containers.statusCode()).isEqualTo(200);
            assertThat(containers.body()).startsWith("[");

            awaitOrFail(() -> get(base + "/containers/" + container + "/objects").body().contains("hello.txt"),
                    STARTUP, log);
            assertThat(get(base + "/actuator/health").body()).contains("\"status\":\"UP\"");
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            deleteContainer(container);
        }
    }

    private HttpResponse<String> get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitOrFail(BooleanSupplier condition, Duration limit, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + limit + "; the application's log:\n" + read(log));
            }
            Thread.sleep(250);
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static void deleteContainer(String container) {
        try (CloudContext ctx = LocalCloud.demo().build()) {
            ctx.objectStorage().deleteContainer(container, true);
        } catch (NotFoundException never) {
            // the sync job did not get as far as creating it
        }
    }
}
