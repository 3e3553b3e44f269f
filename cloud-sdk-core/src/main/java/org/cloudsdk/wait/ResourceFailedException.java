package org.cloudsdk.wait;

import java.time.Duration;

/**
 * The watched attribute reached one of the wait's failure values ({@code ERROR}, {@code error},
 * {@code FAILED} by default): the resource will not reach a desired value, so the wait ends at
 * once instead of polling until a deadline (or forever, as pyrax's {@code wait_until} did when
 * {@code ERROR} was not among the desired values).
 */
public class ResourceFailedException extends WaitException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened
     * @param lastSnapshot the snapshot in the failure state
     * @param attribute the watched attribute
     * @param lastValue the failure value it had
     * @param polls how many polls returned a snapshot
     * @param elapsed how long the wait took
     */
    public ResourceFailedException(String message, Waitable<?> lastSnapshot, String attribute, Object lastValue,
            int polls, Duration elapsed) {
        super(message, lastSnapshot, attribute, lastValue, polls, elapsed, null);
    }
}
