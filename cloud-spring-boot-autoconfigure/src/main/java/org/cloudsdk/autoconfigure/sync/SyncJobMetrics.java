package org.cloudsdk.autoconfigure.sync;

import org.cloudsdk.objectstorage.SyncListener;

/**
 * Where a sync job reports its files as they are synced; the starter's implementation records
 * Micrometer meters when a {@code MeterRegistry} bean exists.
 */
public interface SyncJobMetrics {

    /** Records nothing. */
    SyncJobMetrics NONE = job -> new SyncListener() {
    };

    /**
     * @param job the job's name
     * @return the listener of one run, told of each file; thread-safe and quick
     */
    SyncListener listener(String job);
}
