package org.cloudsdk.benchmarks;

/** How the Java contenders are timed. */
public enum Mode {
    /** Each run is a whole process, timed from its start to its exit: a short job's view. */
    PROCESS,
    /**
     * One process per contender and task runs the task repeatedly on one client, untimed runs first:
     * a long-running application's view. The references are the machine's floors for the same work.
     */
    WARM
}
