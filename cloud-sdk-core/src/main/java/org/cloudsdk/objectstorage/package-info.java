/**
 * Object storage: OpenStack Swift and Rackspace Cloud Files (pyrax's {@code cloudfiles}).
 *
 * <p>{@link org.cloudsdk.objectstorage.ObjectStorage} is the client; {@link org.cloudsdk.objectstorage.Container}
 * and {@link org.cloudsdk.objectstorage.StorageObject} are immutable handles that carry it, so both
 * of pyrax's call styles work: {@code storage.deleteObject("c", "o")} and {@code object.delete()}.
 * Every call goes through the one transport of {@link org.cloudsdk.http}; content is streamed, never
 * held whole in memory, and every upload is checked against the MD5 the server reports.
 */
@NullMarked
package org.cloudsdk.objectstorage;

import org.jspecify.annotations.NullMarked;
