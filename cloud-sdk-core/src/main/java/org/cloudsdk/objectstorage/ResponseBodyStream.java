package org.cloudsdk.objectstorage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.cloudsdk.errors.CloudException;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A response body read as a blocking {@link InputStream}. It asks the network for a few chunks at
 * a time and for another only when one has been read, so an open stream holds a bounded amount of
 * memory however large the object is. Closing it cancels the body, which releases the connection.
 *
 * <p>One thread reads the stream; the network delivers on its own threads through a queue.
 */
final class ResponseBodyStream extends InputStream {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Sinks.Empty<Void> done = Sinks.empty();
    private final BodySubscriber subscriber = new BodySubscriber();
    private final int prefetch;
    private final String description;
    private @Nullable DataBuffer current;
    private boolean finished;
    private volatile boolean closed;

    /**
     * @param prefetch how many chunks to ask for ahead of the reader
     * @param description what is being read, for error messages
     */
    ResponseBodyStream(int prefetch, String description) {
        this.prefetch = prefetch;
        this.description = description;
    }

    /**
     * Starts reading a body into this stream; called by the response reader.
     *
     * @param body the body
     * @return completes when the body has been read, failed or been cancelled
     */
    Mono<Void> attach(Flux<DataBuffer> body) {
        body.subscribe(subscriber);
        return done.asMono();
    }

    /**
     * Fails the stream when the call fails before a body arrived (so a reader waiting on it wakes).
     *
     * @param error the failure
     */
    void fail(Throwable error) {
        queue.offer(error);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        java.util.Objects.checkFromIndexSize(offset, length, target.length);
        if (closed) {
            throw new IOException("the stream of " + description + " is closed");
        }
        if (length == 0) {
            return 0;
        }
        DataBuffer chunk = nextChunk();
        if (chunk == null) {
            return -1;
        }
        int n = Math.min(length, chunk.readableByteCount());
        chunk.read(target, offset, n);
        if (chunk.readableByteCount() == 0) {
            DataBufferUtils.release(chunk);
            current = null;
            subscriber.requestOne();
        }
        return n;
    }

    @Override
    public int available() {
        return current == null ? 0 : current.readableByteCount();
    }

    /** @return the chunk to read from, with bytes left, or null at the end of the body */
    private @Nullable DataBuffer nextChunk() throws IOException {
        DataBuffer chunk = current;
        while (chunk == null || chunk.readableByteCount() == 0) {
            if (finished) {
                return null;
            }
            if (chunk != null) {
                DataBufferUtils.release(chunk);
                current = null;
                subscriber.requestOne();
            }
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading " + description);
            }
            if (next == END) {
                finished = true;
                return null;
            }
            if (next instanceof Throwable error) {
                finished = true;
                throw new IOException("reading " + description + " failed: " + error.getMessage(), error);
            }
            chunk = (DataBuffer) next;
            current = chunk;
        }
        return chunk;
    }

    /** Cancels the body (releasing the connection) and frees every buffered chunk. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        subscriber.dispose();
        if (current != null) {
            DataBufferUtils.release(current);
            current = null;
        }
        drain();
        done.tryEmitEmpty();
    }

    private void drain() {
        for (Object left = queue.poll(); left != null; left = queue.poll()) {
            if (left instanceof DataBuffer buffer) {
                DataBufferUtils.release(buffer);
            }
        }
    }

    /** Receives the body on the network's threads. */
    private final class BodySubscriber extends BaseSubscriber<DataBuffer> {

        @Override
        protected void hookOnSubscribe(Subscription subscription) {
            subscription.request(prefetch);
        }

        @Override
        protected void hookOnNext(DataBuffer buffer) {
            if (closed) {
                DataBufferUtils.release(buffer);
                return;
            }
            queue.offer(buffer);
            if (closed) {
                // closed while offering: nobody will read it
                drain();
            }
        }

        @Override
        protected void hookOnComplete() {
            queue.offer(END);
            done.tryEmitEmpty();
        }

        @Override
        protected void hookOnError(Throwable error) {
            queue.offer(error);
            // a CloudException is final for the transport: a retry would replay bytes already read
            done.tryEmitError(new CloudException("reading " + description + " failed: " + error.getMessage(), error));
        }

        @Override
        protected void hookOnCancel() {
            done.tryEmitEmpty();
        }

        void requestOne() {
            if (!isDisposed()) {
                request(1);
            }
        }
    }
}
