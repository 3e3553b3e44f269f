package org.cloudsdk.objectstorage;

import java.time.Duration;
import java.util.List;

/**
 * What a folder sync did.
 *
 * @param uploaded how many files were stored
 * @param skippedIdentical how many files were left alone because the remote copy has the same
 *     content
 * @param skippedOlder how many differing files were left alone because the remote copy is newer
 * @param deleted how many remote objects without a local file were deleted
 * @param failed every file that could not be read, compared or stored, and every object that
 *     could not be deleted, with the reason
 * @param bytesUploaded the size of the files stored
 * @param duration how long the sync took, walk and listing included
 */
public record SyncResult(int uploaded, int skippedIdentical, int skippedOlder, int deleted, List<FileFailure> failed,
        long bytesUploaded, Duration duration) {

    /** Copies the failures. */
    public SyncResult {
        failed = List.copyOf(failed);
    }

    /** @return whether nothing failed */
    public boolean succeeded() {
        return failed.isEmpty();
    }
}
