package org.cloudsdk.objectstorage;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A regular file found under a folder being uploaded or synced.
 *
 * @param path the file
 * @param relativeName its path relative to the folder, segments joined with {@code /} on every
 *     platform (the object name, before any prefix)
 * @param size its size in bytes when the folder was walked
 * @param lastModified its modification time when the folder was walked
 */
record LocalFile(Path path, String relativeName, long size, Instant lastModified) {
}
