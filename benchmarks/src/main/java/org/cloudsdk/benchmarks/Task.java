package org.cloudsdk.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * The work the benchmark times, in the order it runs, with the SDK's target for each in each
 * {@link Mode} (issue 16's targets).
 */
public enum Task {

    /** Sync a folder of small files into an empty container. */
    SYNC("sync", 1, 0, 0),
    /** Sync the same folder again, nothing changed. */
    RESYNC("resync", 3, 40, 10),
    /** Upload one big file. */
    UPLOAD("upload", 3, 1, 3),
    /** Download it. */
    DOWNLOAD("download", 3, 1, 3),
    /** 64 threads of HEAD and GET on one client. */
    LOAD("load", 1, 1, 2),
    /** List a big container completely. */
    LIST("list", 3, 10, 5),
    /** Iterate a synthetic 1,000,000-entry listing at -Xmx64m; no reference, it must complete. */
    ITERATE("iterate", 1, 0, 0);

    private final String id;
    private final int defaultRuns;
    private final int defaultWarmup;
    private final int defaultWarmRuns;

    Task(String id, int defaultRuns, int defaultWarmup, int defaultWarmRuns) {
        this.id = id;
        this.defaultRuns = defaultRuns;
        this.defaultWarmup = defaultWarmup;
        this.defaultWarmRuns = defaultWarmRuns;
    }

    /**
     * @param mode how the contenders are timed
     * @return how many timed runs a measurement takes unless {@code --repeat} says otherwise: in
     *     processes, three for the tasks of a few seconds (whose single samples move by half a
     *     second on a machine with neighbours), one for the long ones; warm, more of the short ones
     */
    public int defaultRuns(Mode mode) {
        return mode == Mode.WARM ? defaultWarmRuns : defaultRuns;
    }

    /**
     * @return the untimed runs before a warm measurement unless {@code --warmup} says otherwise:
     *     enough for the JIT to have compiled the task's code (a resync of 2,000 files kept
     *     getting faster for about 30 runs of a fraction of a second each)
     */
    public int defaultWarmup() {
        return defaultWarmup;
    }

    /**
     * @param mode how the contenders are timed
     * @return whether the task is measured in that mode: a sync into an empty container cannot be
     *     repeated on one client without emptying it in between, and the synthetic listing is a
     *     memory check of one process
     */
    public boolean runsIn(Mode mode) {
        return mode == Mode.PROCESS || defaultWarmRuns > 0;
    }

    /** @return the name used by {@code --only} and in file names */
    public String id() {
        return id;
    }

    /**
     * @param mode how the contenders are timed
     * @return the SDK's target
     */
    public Target target(Mode mode) {
        return mode == Mode.WARM ? warmTarget() : processTarget();
    }

    private Target processTarget() {
        return switch (this) {
            case SYNC -> new Target(Target.Reference.REFERENCE_ROW, 1.05, false, "≤ 1.05× the PUT-only ceiling");
            case RESYNC -> new Target(Target.Reference.BEST_CLI_PEER, 0.12, true,
                    "≤ 0.12× the best of rclone and the swift CLI, ahead of the Java peers (--jvm cli on JDK 25)");
            case UPLOAD, DOWNLOAD -> new Target(Target.Reference.BEST_VERIFYING_PEER, 1.0, false,
                    "ahead of every contender that verifies MD5");
            case LOAD -> new Target(Target.Reference.BEST_JAVA_PEER, 1.0, false,
                    "ahead of openstack4j and jclouds, 0 errors");
            case LIST -> new Target(Target.Reference.BEST_CLI_PEER, 1.0, false,
                    "ahead of rclone (--jvm cli on JDK 25)");
            case ITERATE -> new Target(Target.Reference.NONE, 0, false, "completes at -Xmx64m");
        };
    }

    private Target warmTarget() {
        return switch (this) {
            case RESYNC -> new Target(Target.Reference.REFERENCE_ROW, 1.3, false,
                    "≤ 1.3× the floor (listing + md5sum)");
            case UPLOAD, DOWNLOAD -> new Target(Target.Reference.REFERENCE_ROW, 1.1, false,
                    "≤ 1.1× the verified floor (curl + md5sum)");
            case LOAD -> new Target(Target.Reference.BEST_JAVA_PEER, 1.0, false,
                    "ahead of openstack4j and jclouds, 0 errors");
            case LIST -> new Target(Target.Reference.REFERENCE_ROW, 1.2, false,
                    "≤ 1.2× the server's time for the pages (curl)");
            case SYNC, ITERATE -> new Target(Target.Reference.NONE, 0, false, "not measured warm");
        };
    }

    /**
     * @param id a task's id, any case
     * @return the task
     * @throws IllegalArgumentException naming the known ids
     */
    public static Task of(String id) {
        return Arrays.stream(values()).filter(task -> task.id.equals(id.trim().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown task '" + id
                        + "'; known: " + Arrays.stream(values()).map(Task::id).toList()));
    }
}
