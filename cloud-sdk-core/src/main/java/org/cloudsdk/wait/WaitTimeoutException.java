package org.cloudsdk.wait;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The wait ran out before the resource reached a desired value: its overall deadline passed (a
 * poll in flight at that moment is cancelled), or it made as many attempts as it was allowed
 * (pyrax's {@code attempts}; pyrax returned the object silently then, in whatever state it was).
 */
public class WaitTimeoutException extends WaitException {

    private static final long serialVersionUID = 1L;

    /** What ran out. */
    public enum Reason {
        /** The overall deadline ({@link WaitOptions#deadline()}) passed. */
        DEADLINE,
        /** Every attempt ({@link WaitOptions#attempts()}) answered without a desired value. */
        ATTEMPTS_EXHAUSTED
    }

    private final Reason reason;

    /**
     * @param message what happened
     * @param reason what ran out
     * @param lastSnapshot the last snapshot seen (the starting handle when no poll returned one)
     * @param attribute the watched attribute
     * @param lastValue its last value, or null
     * @param polls how many polls returned a snapshot
     * @param elapsed how long the wait took
     * @param cause the last poll's failure when polls were failing at the end, or null
     */
    public WaitTimeoutException(String message, Reason reason, Waitable<?> lastSnapshot, String attribute,
            @Nullable Object lastValue, int polls, Duration elapsed, @Nullable Throwable cause) {
        super(message, lastSnapshot, attribute, lastValue, polls, elapsed, cause);
        this.reason = reason;
    }

    /** @return what ran out */
    public Reason reason() {
        return reason;
    }
}
