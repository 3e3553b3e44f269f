package org.cloudsdk.wait;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.OperationInterruptedException;

import reactor.core.scheduler.Schedulers;

/** Waits for a future on the caller's thread, the way the blocking API of the SDK does. */
final class Blocking {

    private Blocking() {
    }

    /**
     * @param future the work
     * @param what what is awaited, for messages
     * @param <T> its value type
     * @return its value
     * @throws RuntimeException the work's own failure, unwrapped (an {@link Error} as is; a
     *     checked exception wrapped in a {@link CloudException})
     * @throws OperationInterruptedException when the thread is interrupted: the work is
     *     cancelled and the interrupt flag set again, so code further up still sees it
     */
    static <T> T await(CompletableFuture<T> future, String what) {
        if (Schedulers.isInNonBlockingThread()) {
            throw new IllegalStateException("a blocking cloud-sdk call (" + what + ") was made on the non-blocking "
                    + "thread " + Thread.currentThread().getName() + "; use the asynchronous form from reactive code");
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new OperationInterruptedException("interrupted while " + what + " on thread "
                    + Thread.currentThread().getName() + "; it was cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw rethrow(cause == null ? e : cause, what);
        } catch (CancellationException e) {
            throw new CancellationException(what + " was cancelled");
        }
    }

    /** @return the failure to throw for a future's cause */
    static RuntimeException rethrow(Throwable cause, String what) {
        Throwable failure = unwrap(cause);
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new CloudException(what + " failed: " + failure, failure);
    }

    /** @return the failure inside the wrappers {@link CompletableFuture} adds */
    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
