package org.cloudsdk.objectstorage;

import java.time.Duration;
import java.util.List;

/**
 * What a folder upload did.
 *
 * @param key the upload's key
 * @param container the container the files went to
 * @param totalFiles how many files the folder had (after the ignore patterns)
 * @param totalBytes their size, as measured before the upload started
 * @param filesUploaded how many files were stored
 * @param bytesUploaded the size of the files stored
 * @param failures every file that could not be read or stored, with the reason, by name
 * @param cancelled whether the upload was cancelled before it finished; the files neither stored
 *     nor failed were not uploaded, and none of them is left half-stored
 * @param duration from the start of the uploads to the end
 */
public record FolderUploadResult(String key, String container, int totalFiles, long totalBytes, int filesUploaded,
        long bytesUploaded, List<FileFailure> failures, boolean cancelled, Duration duration) {

    /** Copies the failures. */
    public FolderUploadResult {
        failures = List.copyOf(failures);
    }

    /** @return whether every file was stored */
    public boolean succeeded() {
        return !cancelled && failures.isEmpty() && filesUploaded == totalFiles;
    }
}
