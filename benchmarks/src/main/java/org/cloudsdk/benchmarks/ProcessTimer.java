package org.cloudsdk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times one process from just before it starts to its exit, the same way for every contender. Its
 * standard output and error go straight to files (no pipe is pumped while the clock runs); the
 * RESULT line is read from the file afterwards. A process past the time limit is killed, its
 * descendants first.
 */
public final class ProcessTimer {

    /**
     * @param exitCode the exit code (-1 when killed)
     * @param wall the time from start to exit
     * @param timedOut whether the limit killed it
     * @param stdout its standard output
     * @param stderr its standard error
     */
    public record Outcome(int exitCode, Duration wall, boolean timedOut, Path stdout, Path stderr) {

        /** @return the fields of the last {@code RESULT key=value ...} line, empty when none */
        public Map<String, String> result() {
            return lastLineStartingWith(stdout, "RESULT ").map(ProcessTimer::fields).orElse(Map.of());
        }

        /**
         * @return the timed runs a warm process reported on its {@code WARM seconds=...} line
         * @throws IllegalStateException when it printed none
         */
        public List<Duration> warmSamples() {
            String line = lastLineStartingWith(stdout, CommandLine.WARM_PREFIX).orElseThrow(
                    () -> new IllegalStateException("the warm process printed no " + CommandLine.WARM_PREFIX + " line"));
            return java.util.Arrays.stream(line.substring(CommandLine.WARM_PREFIX.length()).split(","))
                    .map(seconds -> Duration.ofNanos(Math.round(Double.parseDouble(seconds) * 1e9))).toList();
        }

        /** @return the reason of an {@code UNSUPPORTED} line, when the process printed one */
        public Optional<String> unsupported() {
            return lastLineStartingWith(stdout, "UNSUPPORTED ").map(line -> line.substring(12).trim());
        }

        /** @return the lines of standard output */
        public long stdoutLines() {
            try (Stream<String> lines = Files.lines(stdout, StandardCharsets.UTF_8)) {
                return lines.count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** @return why it failed, in one line: its FAILED line, else the last line of its error output */
        public String failure() {
            if (timedOut) {
                return "killed after " + wall.toSeconds() + " s";
            }
            return lastLineStartingWith(stdout, "FAILED ").map(line -> line.substring(7))
                    .or(() -> lastLineStartingWith(stderr, "")).map(ProcessTimer::shorten)
                    .orElse("exit code " + exitCode);
        }
    }

    private ProcessTimer() {
    }

    /**
     * @param invocation the process
     * @param logBase the path prefix of its {@code .out} and {@code .err} files
     * @param timeout the longest it may run
     * @return how it ended and how long it took
     * @throws IOException when it cannot be started
     * @throws InterruptedException when interrupted while waiting
     */
    public static Outcome run(Invocation invocation, Path logBase, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(logBase.getParent());
        Path stdout = logBase.resolveSibling(logBase.getFileName() + ".out");
        Path stderr = logBase.resolveSibling(logBase.getFileName() + ".err");
        ProcessBuilder builder = new ProcessBuilder(invocation.command())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(invocation.environment());
        if (invocation.directory() != null) {
            builder.directory(invocation.directory().toFile());
        }
        long start = System.nanoTime();
        Process process = builder.start();
        boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        long end = System.nanoTime();
        if (!exited) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        return new Outcome(exited ? process.exitValue() : -1, Duration.ofNanos(end - start), !exited, stdout,
                stderr);
    }

    private static Optional<String> lastLineStartingWith(Path file, String prefix) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith(prefix) && !lines.get(i).isBlank()) {
                    return Optional.of(lines.get(i));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * @param line a {@code RESULT key=value ...} line
     * @return its fields
     */
    static Map<String, String> fields(String line) {
        Map<String, String> fields = new HashMap<>();
        for (String token : line.substring("RESULT ".length()).trim().split("\\s+")) {
            int equals = token.indexOf('=');
            if (equals > 0) {
                fields.put(token.substring(0, equals), token.substring(equals + 1));
            }
        }
        return fields;
    }

    private static String shorten(String line) {
        String trimmed = line.trim();
        return trimmed.length() <= 160 ? trimmed : trimmed.substring(0, 157) + "...";
    }
}
