package org.cloudsdk.autoconfigure.sync;

import org.cloudsdk.objectstorage.SyncEvent;
import org.cloudsdk.objectstorage.SyncListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sync meters, tagged with the job's name only (never a file or object name):
 * {@code cloud.sync.files} counts files by {@code result} (uploaded, skipped, deleted, failed) and
 * {@code cloud.sync.bytes} summarizes the size of each uploaded file (its total is the bytes
 * uploaded).
 */
public final class MeterRegistrySyncJobMetrics implements SyncJobMetrics {

    /** Name of the file counter. */
    public static final String FILES = "cloud.sync.files";

    /** Name of the uploaded-bytes summary. */
    public static final String BYTES = "cloud.sync.bytes";

    private final MeterRegistry registry;

    /** @param registry where the meters go */
    public MeterRegistrySyncJobMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public SyncListener listener(String job) {
        Counter uploaded = files(job, "uploaded");
        Counter skipped = files(job, "skipped");
        Counter deleted = files(job, "deleted");
        Counter failed = files(job, "failed");
        DistributionSummary bytes = DistributionSummary.builder(BYTES).baseUnit("bytes")
                .description("Sizes of the files uploaded by cloud sync jobs").tag("job", job).register(registry);
        return new SyncListener() {
            @Override
            public void fileSynced(SyncEvent event) {
                switch (event.action()) {
                    case UPLOADED -> {
                        uploaded.increment();
                        bytes.record(event.bytes());
                    }
                    case SKIPPED_IDENTICAL, SKIPPED_OLDER -> skipped.increment();
                    case DELETED -> deleted.increment();
                    case FAILED -> failed.increment();
                }
            }
        };
    }

    private Counter files(String job, String result) {
        return Counter.builder(FILES).description("Files handled by cloud sync jobs").tag("job", job)
                .tag("result", result).register(registry);
    }
}
