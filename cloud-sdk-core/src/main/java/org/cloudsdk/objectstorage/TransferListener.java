package org.cloudsdk.objectstorage;

/**
 * Hears about the progress of an upload as its body goes out, one call per chunk, so that a
 * progress bar or a folder upload can report bytes as they go rather than per finished file.
 * Set it with {@link StoreOptions#listener(TransferListener)}.
 *
 * <p>The running sum of the values reported is the number of content bytes handed to the
 * connection so far: when the transport sends a body again from the start (a retry), the bytes
 * reported for the failed attempt are first taken back with one negative value, so the sum never
 * counts a byte twice and ends at the content's length when the upload succeeds. For a large
 * (segmented) object the segments are sent in parallel and the listener hears from all of them.
 *
 * <p>It is called on network or file-reading threads, possibly from several at once: it must be
 * thread-safe and quick, and must never block. An exception it throws fails the upload (nothing is
 * stored), which is a way to stop one; interrupting the thread blocked in the upload is another.
 */
@FunctionalInterface
public interface TransferListener {

    /** A listener that ignores everything. */
    TransferListener NONE = bytes -> {
    };

    /**
     * @param bytes how many bytes were just sent; negative when an attempt's bytes are taken back
     *     before a retry
     */
    void bytesTransferred(long bytes);
}
