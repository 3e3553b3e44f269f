package org.cloudsdk.it.objectstorage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.cloudsdk.it.LocalCloud;

/**
 * Stops the local Swift's public proxy and starts it again, as an outage of the object store: the
 * proxy's process group is killed through the pid file {@code scripts/local-cloud.sh} keeps, and the
 * script's idempotent {@code start --only object-store} restarts what is dead of the object store
 * (and of identity, which it needs), leaving the other services as they are.
 */
final class SwiftProxyOutage {

    /** The script waits up to 300 s for its lock (another start may hold it), then starts what is dead. */
    private static final Duration RESTART_LIMIT = Duration.ofSeconds(360);
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(90);

    private final Path pidFile = Path.of(LocalCloud.get("state.dir"), "run", "swift-proxy.pid");
    private final URI info = URI.create(LocalCloud.get("swift.info.url"));
    private final Path script = script();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Kills the proxy's process group (its workers included). */
    void kill() throws IOException, InterruptedException {
        String pid = Files.readString(pidFile).trim();
        if (!pid.matches("[0-9]+")) {
            throw new IllegalStateException(pidFile + " holds no pid: '" + pid + "'");
        }
        int exit = run(Duration.ofSeconds(10), "kill", "-TERM", "--", "-" + pid);
        if (exit != 0) {
            throw new IllegalStateException("kill -TERM -- -" + pid + " exited with " + exit);
        }
    }

    /** Runs the script's start, which restarts the dead proxy, and waits until the proxy answers. */
    void restart() throws IOException, InterruptedException {
        int exit = run(RESTART_LIMIT, script.toString(), "start", "--only", "object-store");
        if (exit != 0) {
            throw new IllegalStateException(script + " start --only object-store exited with " + exit);
        }
        awaitAnswer();
    }

    /** @return whether the proxy answers /info now */
    boolean answers() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(info).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits (bounded) until the proxy answers /info. */
    void awaitAnswer() throws InterruptedException {
        long deadline = System.nanoTime() + ANSWER_LIMIT.toNanos();
        while (!answers()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Swift proxy does not answer " + info + " within " + ANSWER_LIMIT);
            }
            Thread.sleep(250);
        }
    }

    private static int run(Duration limit, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within " + limit);
        }
        return process.exitValue();
    }

    /** The project's own script, found from the module's directory (the tests' working directory) upwards. */
    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("scripts/local-cloud.sh");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("scripts/local-cloud.sh not found above " + Path.of("").toAbsolutePath());
    }
}
