package org.cloudsdk.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The TLS fronts and the HTTP proxy of {@code scripts/tls-front.sh} before the local cloud:
 * started (idempotently) by the first test that asks, from the repository root, and described by
 * the properties file the script writes. Tests are skipped, not passed, only when the script
 * says its packages cannot be installed (exit 3); any other failure fails them.
 */
public final class TlsFront {

    private static final int CANNOT_INSTALL = 3;
    private static Properties properties;

    private TlsFront() {
    }

    /**
     * Starts the fronts unless they run, and reads their properties.
     *
     * @return the properties ({@code ca.bundle}, {@code keystone.tls.url}, {@code proxy.port}, ...)
     */
    public static synchronized Properties start() {
        if (properties != null) {
            return properties;
        }
        Path script = repositoryRoot().resolve("scripts/tls-front.sh");
        Path output;
        int exit;
        try {
            output = Files.createTempFile("tls-front", ".log");
            Process process = new ProcessBuilder("bash", script.toString(), "start")
                    .directory(repositoryRoot().toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " start did not finish within 15 minutes");
            }
            exit = process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the TLS fronts", e);
        }
        String log = read(output);
        assumeTrue(exit != CANNOT_INSTALL, () -> "stunnel4/tinyproxy cannot be installed here: " + log);
        if (exit != 0) {
            throw new IllegalStateException(script + " start failed (exit " + exit + "):\n" + log);
        }
        Properties loaded = new Properties();
        Path file = stateDirectory().resolve("tls-front.properties");
        try (Reader reader = Files.newBufferedReader(file)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        properties = loaded;
        return properties;
    }

    /**
     * @param key a key of tls-front.properties
     * @return its value
     */
    public static String get(String key) {
        String value = start().getProperty(key);
        if (value == null) {
            throw new IllegalStateException("tls-front.properties has no '" + key + "'");
        }
        return value;
    }

    /**
     * @param key a key of tls-front.properties naming a file
     * @return the file
     */
    public static Path path(String key) {
        return Path.of(get(key));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind
            }
        }
    }

    /** The script's rule: TLS_FRONT_STATE, else $TMPDIR (or /tmp)/cloud-sdk-tls-front. */
    private static Path stateDirectory() {
        String env = System.getenv("TLS_FRONT_STATE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String tmp = System.getenv("TMPDIR");
        return Path.of(tmp == null || tmp.isBlank() ? "/tmp" : tmp, "cloud-sdk-tls-front");
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scripts/tls-front.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("scripts/tls-front.sh not found above " + Path.of("").toAbsolutePath());
    }
}
