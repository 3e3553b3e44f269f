package org.cloudsdk.autoconfigure.sync;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.errors.OperationInterruptedException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;

/**
 * The background {@link RetryPolicy} as it applies to a whole sync run: its attempts, delays and
 * timeout, but no retry of what another attempt cannot fix (a missing container, a 4xx other
 * than 408 and 429, a bad argument), of an interrupted run, or once the application is stopping.
 */
final class SyncRetryPolicy implements RetryPolicy {

    private final RetryPolicy delegate;
    private final BooleanSupplier stopping;

    SyncRetryPolicy(RetryPolicy delegate, BooleanSupplier stopping) {
        this.delegate = delegate;
        this.stopping = stopping;
    }

    @Override
    public boolean shouldRetry(Throwable failure) {
        return !stopping.getAsBoolean() && !Thread.currentThread().isInterrupted() && !permanent(failure)
                && delegate.shouldRetry(failure);
    }

    @Override
    public Duration getTimeout() {
        return delegate.getTimeout();
    }

    @Override
    public BackOff getBackOff() {
        return delegate.getBackOff();
    }

    static boolean permanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || t instanceof OperationInterruptedException
                    || t instanceof NoSuchContainerException || t instanceof IllegalArgumentException) {
                return true;
            }
        }
        if (failure instanceof CloudException cloud) {
            int status = cloud.status();
            return status >= 400 && status < 500 && status != 408 && status != 429;
        }
        return false;
    }
}
