package org.cloudsdk.objectstorage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

/**
 * An object's content in chunks of a fixed size (the last may be shorter), pyrax's
 * {@code fetch(chunk_size=...)} generator. It is lazy: each chunk is pulled from the network as it
 * is iterated, so memory stays bounded. It holds a connection until it has been iterated to the
 * end or closed, so use it in try-with-resources:
 *
 * <pre>{@code
 * try (ObjectChunks chunks = storage.fetchObjectChunks("example", "big.iso", 1 << 20)) {
 *     chunks.forEachRemaining(out::write);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread iterates it.
 */
public final class ObjectChunks implements Iterator<byte[]>, AutoCloseable {

    private final InputStream content;
    private final int chunkSize;
    private byte @Nullable [] next;
    private boolean ended;

    ObjectChunks(InputStream content, int chunkSize) {
        this.content = content;
        this.chunkSize = chunkSize;
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (ended) {
            return false;
        }
        try {
            byte[] chunk = content.readNBytes(chunkSize);
            if (chunk.length == 0) {
                close();
                return false;
            }
            next = chunk;
            return true;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] next() {
        byte[] chunk = hasNext() ? next : null;
        if (chunk == null) {
            throw new NoSuchElementException("no more chunks");
        }
        next = null;
        return chunk;
    }

    /**
     * @return the remaining chunks as a sequential stream; closing the stream closes this
     */
    public Stream<byte[]> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    /** Stops reading and releases the connection; further chunks are not available. */
    @Override
    public void close() {
        ended = true;
        next = null;
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
