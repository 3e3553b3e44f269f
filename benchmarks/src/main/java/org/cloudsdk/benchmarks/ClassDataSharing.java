package org.cloudsdk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The Java contenders started as a command-line tool built on them would ship ({@code --jvm cli}).
 * Before anything is timed, each one runs once, untimed, syncing a folder of three small files into
 * a container of its own with {@code -XX:ArchiveClassesAtExit}; every timed run of it then starts
 * with {@code -XX:SharedArchiveFile} (application class-data sharing: the classes a JVM loads,
 * parses and verifies at start-up, about 5,000 for a WebClient on Reactor Netty with Jackson, come
 * mapped from the archive) and {@code -XX:TieredStopAtLevel=1} (the C1 compiler only: in a process
 * of seconds, the C2 compiler's work is mostly spent before it pays off, measured at half of the
 * SDK's CPU time in a sync of 2,000 files, CPU that the servers on the same machine lack), except
 * for the 1 GiB upload and download: C1 has no MD5 intrinsic, and a tool that moves big files
 * keeps both compilers (digesting a GiB takes about 3 s with C1 only, 1.7-1.9 s with C2).
 *
 * <p>On JDK 25 and later the archive is the JDK's ahead-of-time cache instead
 * ({@code -XX:AOTCacheOutput} to train, {@code -XX:AOTCache} to run: JEP 483 and 514), which also
 * keeps the classes linked and the profiles of the training run. Every timed run also says
 * {@code -Dio.netty.jfr.enabled=false}: Netty 4.2 otherwise defines its Flight Recorder event
 * classes at the first connection whether or not anything records (harmless to the contenders
 * without Netty).
 *
 * <p>These are the JDK's own switches, and every Java contender gets them the same way from the same
 * kind of training; the CLIs are not JVMs and are unaffected. The default, {@code --jvm plain},
 * measures the JVMs as they start out of the box.
 */
final class ClassDataSharing {

    private static final int TRAINING_FILES = 3;

    private ClassDataSharing() {
    }

    /**
     * @param archive a contender's archive
     * @param task the task the run does
     * @return the JVM options of a timed run with it: C1 only, except for the big transfers
     */
    static List<String> cliOptions(Path archive, Task task) {
        String start = (aotCache() ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive;
        return task == Task.UPLOAD || task == Task.DOWNLOAD ? List.of(start, "-Dio.netty.jfr.enabled=false")
                : List.of(start, "-XX:TieredStopAtLevel=1", "-Dio.netty.jfr.enabled=false");
    }

    /** @return the option of the untimed run that writes the archive */
    static String trainingOption(Path archive) {
        return (aotCache() ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive;
    }

    /** The contenders run on the runner's own JVM; JDK 25 has the AOT cache, JDK 17 AppCDS. */
    private static boolean aotCache() {
        return Runtime.version().feature() >= 25;
    }

    /**
     * @param contender a Java contender
     * @param workload the data sets (the training folder goes under its working directory)
     * @param fixtures makes and deletes the training container
     * @param logs where the training run's output goes
     * @param timeout the training run's time limit
     * @return the contender starting from its archive, or as it was when training failed (said on
     *     standard output: the table would otherwise hide it)
     * @throws IOException when the training folder cannot be written
     * @throws InterruptedException when the runner is interrupted
     */
    static JavaContender train(JavaContender contender, Workload workload, SwiftFixtures fixtures, Path logs,
            Duration timeout) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path folder = workload.work().resolve("cds-training");
        DataSets.folder(folder, TRAINING_FILES, Workload.SMALL_FILE_BYTES);
        Path archive = workload.work().resolve("cds").resolve(contender.id() + "-java"
                + Runtime.version().feature() + (aotCache() ? ".aot" : ".jsa"));
        Files.createDirectories(archive.getParent());
        Files.deleteIfExists(archive);
        String container = "bench-cds-" + contender.id();
        fixtures.recreateEmpty(container);
        try {
            ProcessTimer.Outcome outcome = ProcessTimer.run(contender.command(
                    List.of(trainingOption(archive)), "sync", folder.toString(), container),
                    logs.resolve("cds-" + contender.id()), timeout);
            if (outcome.exitCode() != 0 || !Files.isRegularFile(archive)) {
                System.out.printf(Locale.ROOT, "[cds] %s: training failed (%s); timed without an archive%n",
                        contender.label(), outcome.exitCode() != 0 ? outcome.failure() : "no archive written");
                return contender;
            }
        } finally {
            fixtures.deleteIfExists(container);
        }
        System.out.printf(Locale.ROOT, "[cds] %-40s archive of %d MiB in %.1f s%n", contender.label(),
                Files.size(archive) >> 20, (System.nanoTime() - start) / 1e9);
        return contender.withArchive(archive);
    }
}
