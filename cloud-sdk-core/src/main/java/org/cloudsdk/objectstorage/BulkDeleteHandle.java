package org.cloudsdk.objectstorage;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/**
 * A bulk delete running in the background, pyrax's {@code bulk_delete(..., async=True)} result:
 * poll {@link #completed()} and read {@link #results()}, or compose on {@link #future()}.
 */
public final class BulkDeleteHandle {

    private final CompletableFuture<BulkDeleteResult> future;

    BulkDeleteHandle(CompletableFuture<BulkDeleteResult> future) {
        this.future = Objects.requireNonNull(future, "future must not be null");
    }

    /** @return whether the deletion has finished, successfully or not */
    public boolean completed() {
        return future.isDone();
    }

    /**
     * @return the result, or null while the deletion is running
     * @throws org.cloudsdk.errors.CloudException when the deletion failed
     */
    public @Nullable BulkDeleteResult results() {
        if (!future.isDone()) {
            return null;
        }
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /**
     * @return a future of the result (failing with a {@code CloudException}); a copy, so that
     *     completing or cancelling it cannot change this handle
     */
    public CompletableFuture<BulkDeleteResult> future() {
        return future.copy();
    }

    @Override
    public String toString() {
        return "BulkDeleteHandle[completed=" + completed() + "]";
    }
}
