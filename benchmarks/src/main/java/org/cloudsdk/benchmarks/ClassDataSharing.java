package org.cloudsdk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Application class-data sharing (AppCDS) for the Java contenders: before anything is timed, each
 * one runs once, untimed, syncing a folder of three small files into a container of its own with
 * {@code -XX:ArchiveClassesAtExit}, and every timed run of it then starts with
 * {@code -XX:SharedArchiveFile}. The classes a JVM loads, parses and verifies at start-up (about
 * 5,000 for a WebClient on Reactor Netty with Jackson) then come mapped from the archive.
 *
 * <p>It is the JDK's own start-up feature, one flag for whoever ships a Java command-line tool, and
 * every Java contender gets it the same way from the same kind of training; the CLIs are not
 * JVMs and are unaffected. {@code --cds off} measures the JVMs without it.
 */
final class ClassDataSharing {

    private static final int TRAINING_FILES = 3;

    private ClassDataSharing() {
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
                + Runtime.version().feature() + ".jsa");
        Files.createDirectories(archive.getParent());
        Files.deleteIfExists(archive);
        String container = "bench-cds-" + contender.id();
        fixtures.recreateEmpty(container);
        try {
            ProcessTimer.Outcome outcome = ProcessTimer.run(contender.command(
                    List.of("-XX:ArchiveClassesAtExit=" + archive), "sync", folder.toString(), container),
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
