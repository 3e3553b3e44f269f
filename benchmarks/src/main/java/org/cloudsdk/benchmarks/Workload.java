package org.cloudsdk.benchmarks;

import java.nio.file.Path;

/**
 * The data sets of one run, sized by {@code --scale}, and where each contender works on them.
 *
 * @param syncFiles files of {@link #SMALL_FILE_BYTES} in the sync folder (2,000 at scale 1)
 * @param bigFileBytes the size of the upload/download file (1 GiB at scale 1)
 * @param loadThreads the threads of the load task (64, never scaled)
 * @param loadCalls the calls of the load task (10,000 at scale 1)
 * @param listObjects the objects of the listing container (20,000 at scale 1)
 * @param iterateEntries the entries of the synthetic listing (1,000,000 at scale 1)
 * @param work the working directory
 */
public record Workload(int syncFiles, long bigFileBytes, int loadThreads, int loadCalls, int listObjects,
        int iterateEntries, Path work) {

    /** The size of each file of the sync folder and of each object of the load container. */
    public static final int SMALL_FILE_BYTES = 4096;
    /** Objects in the load container. */
    public static final int LOAD_OBJECTS = 64;
    /** The container the upload task writes into (one object per contender). */
    public static final String UPLOAD_CONTAINER = "bench-upload";
    /** The container holding the object the download task reads. */
    public static final String DOWNLOAD_CONTAINER = "bench-download";
    /** The object the download task reads. */
    public static final String DOWNLOAD_OBJECT = "big.bin";
    /** The container the load task calls. */
    public static final String LOAD_CONTAINER = "bench-load";

    /**
     * @param scale the data set multiplier
     * @param work the working directory
     * @return the sizes of the issue, multiplied by the scale (with small floors)
     */
    public static Workload scaled(double scale, Path work) {
        return new Workload((int) Math.max(10, Math.round(2_000 * scale)),
                Math.max(1L << 20, Math.round((1L << 30) * scale)), 64,
                (int) Math.max(128, Math.round(10_000 * scale)), (int) Math.max(100, Math.round(20_000 * scale)),
                (int) Math.max(1_000, Math.round(1_000_000 * scale)), work);
    }

    /** @return the folder of small files */
    public Path syncFolder() {
        return work.resolve("folder-" + syncFiles);
    }

    /** @return the big file */
    public Path bigFile() {
        return work.resolve("big-" + bigFileBytes + ".bin");
    }

    /**
     * @param contender a contender's id
     * @return where its download goes
     */
    public Path downloadTarget(String contender) {
        return work.resolve("download-" + contender + ".bin");
    }

    /**
     * @param contender a contender's id
     * @return the container it syncs into
     */
    public String syncContainer(String contender) {
        return "bench-sync-" + contender;
    }

    /**
     * @return the container every warm contender re-syncs with (they only read it), filled once by
     *     the runner and kept between runs (its name carries its size)
     */
    public String sharedSyncContainer() {
        return "bench-resync-" + syncFiles;
    }

    /** @return the listing container, kept between runs (its name carries its size) */
    public String listContainer() {
        return "bench-list-" + listObjects;
    }

    /**
     * @param contender a contender's id
     * @return the object its upload writes
     */
    public String uploadObject(String contender) {
        return "big-" + contender + ".bin";
    }

    /** @return the log directory */
    public Path logs() {
        return work.resolve("logs");
    }
}
