package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The thread blocked in a call was interrupted, so the call was cancelled: its request was
 * aborted (an upload cut off mid-body stores nothing) and the thread's interrupt flag is set
 * again, so that code further up still sees the interruption.
 */
public class OperationInterruptedException extends CloudException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was interrupted
     * @param cause the {@link InterruptedException}, or null
     */
    public OperationInterruptedException(String message, @Nullable Throwable cause) {
        super(message, ErrorDetails.NONE, cause);
    }
}
