package org.cloudsdk.wait;

import java.time.Duration;
import java.util.Optional;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ErrorDetails;
import org.jspecify.annotations.Nullable;

/**
 * A wait that ended without the resource reaching a desired value. It carries what the waiter
 * last saw, so that the caller can report or act on it without another request: the last
 * snapshot (the handle it started from when no poll succeeded), the watched attribute and its
 * last value, how many polls answered and how long the wait took.
 */
public class WaitException extends CloudException {

    private static final long serialVersionUID = 1L;

    private final transient Waitable<?> lastSnapshot;
    private final String attribute;
    private final transient @Nullable Object lastValue;
    private final int polls;
    private final Duration elapsed;

    /**
     * @param message what happened
     * @param lastSnapshot the last snapshot seen
     * @param attribute the watched attribute
     * @param lastValue its last value, or null when the snapshot had none
     * @param polls how many polls returned a snapshot
     * @param elapsed how long the wait took
     * @param cause the failure that ended it, or null
     */
    protected WaitException(String message, Waitable<?> lastSnapshot, String attribute, @Nullable Object lastValue,
            int polls, Duration elapsed, @Nullable Throwable cause) {
        super(message, ErrorDetails.NONE, cause);
        this.lastSnapshot = lastSnapshot;
        this.attribute = attribute;
        this.lastValue = lastValue;
        this.polls = polls;
        this.elapsed = elapsed;
    }

    /**
     * The last snapshot seen; cast it to the handle type that was waited on (or use
     * {@link #lastSnapshot(Class)}).
     *
     * @return the last snapshot, or the handle the wait started from when no poll returned one
     */
    public Waitable<?> lastSnapshot() {
        return lastSnapshot;
    }

    /**
     * @param type the handle type that was waited on
     * @param <T> that type
     * @return the last snapshot as that type
     * @throws ClassCastException when the snapshot is of another type
     */
    public <T extends Waitable<T>> T lastSnapshot(Class<T> type) {
        return type.cast(lastSnapshot);
    }

    /** @return the watched attribute's name */
    public String attribute() {
        return attribute;
    }

    /** @return the watched attribute's last value, or empty when the last snapshot had none */
    public Optional<Object> lastValue() {
        return Optional.ofNullable(lastValue);
    }

    /** @return how many polls returned a snapshot */
    public int polls() {
        return polls;
    }

    /** @return how long the wait took until it ended */
    public Duration elapsed() {
        return elapsed;
    }
}
