package org.cloudsdk.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * The work the benchmark times, in the order it runs, with the SDK's target for each: a bound on
 * the ratio of its wall time to the task's reference time.
 */
public enum Task {

    /** Sync a folder of small files into an empty container; reference: the PUT-only ceiling. */
    SYNC("sync", Reference.CEILING, 1.05, true, 1),
    /** Sync the same folder again, nothing changed; reference: the best peer. */
    RESYNC("resync", Reference.BEST_PEER, 0.15, false, 3),
    /** Upload one big file; reference: one raw {@code curl -T} PUT. */
    UPLOAD("upload", Reference.CEILING, 1.1, false, 3),
    /** Download it; reference: one raw {@code curl} GET. */
    DOWNLOAD("download", Reference.CEILING, 1.1, false, 3),
    /** 64 threads of HEAD and GET on one context; reference: the faster Java peer. */
    LOAD("load", Reference.BEST_PEER, 1.0, false, 1),
    /** List a big container completely; reference: the best peer. */
    LIST("list", Reference.BEST_PEER, 1.0, false, 3),
    /** Iterate a synthetic 1,000,000-entry listing at -Xmx64m; no reference, it must complete. */
    ITERATE("iterate", Reference.NONE, 0, false, 1);

    /** Where a task's reference time comes from. */
    public enum Reference {
        /** The row of the reference contender (the server's ceiling). */
        CEILING,
        /** The fastest peer that succeeded. */
        BEST_PEER,
        /** None: the task passes by completing correctly. */
        NONE
    }

    private final String id;
    private final Reference reference;
    private final double maxRatio;
    private final boolean mustBeatEveryPeer;
    private final int defaultRuns;

    Task(String id, Reference reference, double maxRatio, boolean mustBeatEveryPeer, int defaultRuns) {
        this.defaultRuns = defaultRuns;
        this.id = id;
        this.reference = reference;
        this.maxRatio = maxRatio;
        this.mustBeatEveryPeer = mustBeatEveryPeer;
    }

    /**
     * @return how many runs a measurement takes unless {@code --repeat} says otherwise: three for
     *     the tasks of a few seconds, whose single samples move by half a second on a machine with
     *     neighbours; one for the long ones, which noise moves by a smaller share
     */
    public int defaultRuns() {
        return defaultRuns;
    }

    /** @return the name used by {@code --only} and in file names */
    public String id() {
        return id;
    }

    /** @return where the reference time comes from */
    public Reference reference() {
        return reference;
    }

    /** @return the largest ratio to the reference that passes (strictly below when it is 1.0) */
    public double maxRatio() {
        return maxRatio;
    }

    /** @return whether the SDK must also be faster than every peer */
    public boolean mustBeatEveryPeer() {
        return mustBeatEveryPeer;
    }

    /**
     * @param ratio the SDK's time over the reference time
     * @return whether it meets the bound
     */
    public boolean withinBound(double ratio) {
        return maxRatio == 1.0 ? ratio < 1.0 : ratio <= maxRatio;
    }

    /** @return the target in words, for the table */
    public String targetText() {
        return switch (this) {
            case SYNC -> "≤ 1.05× ceiling, ahead of every peer";
            case RESYNC -> "≤ 0.15× best peer";
            case UPLOAD, DOWNLOAD -> "≤ 1.1× curl";
            case LOAD -> "ahead of every Java peer, 0 errors";
            case LIST -> "ahead of every peer";
            case ITERATE -> "completes at -Xmx64m";
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
