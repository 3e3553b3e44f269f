package org.cloudsdk.objectstorage;

/**
 * Follows a folder sync as it runs. Both methods do nothing by default, so implement only what is
 * needed. Called from the sync's worker threads, concurrently: implementations must be
 * thread-safe and quick (they run on the upload path).
 */
public interface SyncListener {

    /** @param event one file's outcome: uploaded, skipped, deleted or failed */
    default void fileSynced(SyncEvent event) {
    }

    /**
     * @param bytes bytes of file content just sent; a file the transport sends again after a
     *     failed attempt is counted again
     */
    default void bytesTransferred(long bytes) {
    }
}
