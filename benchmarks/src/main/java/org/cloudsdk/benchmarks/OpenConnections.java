package org.cloudsdk.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts this process's established TCP connections while a task runs, from Linux's
 * {@code /proc}: the sockets among the process's file descriptors that {@code /proc/self/net/tcp}
 * and {@code tcp6} list as ESTABLISHED. Sampled every {@link #PERIOD_MILLIS} ms; the peak is what a
 * connection pool's bound is checked against. Elsewhere than Linux the count is -1 (unknown).
 */
public final class OpenConnections implements AutoCloseable {

    /** How often the connections are counted. */
    public static final long PERIOD_MILLIS = 100;

    private static final String ESTABLISHED = "01";
    private static final Path FDS = Path.of("/proc/self/fd");
    private static final List<Path> TABLES = List.of(Path.of("/proc/self/net/tcp"), Path.of("/proc/self/net/tcp6"));

    private final AtomicInteger peak = new AtomicInteger(-1);
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "open-connections");
        thread.setDaemon(true);
        return thread;
    });

    private OpenConnections() {
        sampler.scheduleAtFixedRate(this::countNow, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** @return a sampler that counts until it is closed */
    public static OpenConnections sample() {
        return new OpenConnections();
    }

    private void countNow() {
        int now = count();
        peak.accumulateAndGet(now, Math::max);
    }

    /** @return the most connections seen at one time, -1 when they cannot be counted here */
    public int peak() {
        return peak.get();
    }

    /** Stops sampling after one last count. */
    @Override
    public void close() {
        sampler.shutdownNow();
        countNow();
    }

    /** @return this process's established TCP connections now, -1 when they cannot be counted */
    public static int count() {
        try {
            Set<String> inodes = socketInodes();
            int established = 0;
            for (Path table : TABLES) {
                if (Files.isReadable(table)) {
                    established += established(Files.readAllLines(table), inodes);
                }
            }
            return established;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * @param table the lines of a {@code /proc/net/tcp} table (header first)
     * @param inodes the socket inodes of this process
     * @return how many of its rows are established connections of these sockets
     */
    static int established(List<String> table, Set<String> inodes) {
        int count = 0;
        for (String line : table.subList(Math.min(1, table.size()), table.size())) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length > 9 && ESTABLISHED.equals(fields[3]) && inodes.contains(fields[9])) {
                count++;
            }
        }
        return count;
    }

    private static Set<String> socketInodes() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(FDS)) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed between the listing and the read is not open
                }
            }
        }
        return inodes;
    }
}
