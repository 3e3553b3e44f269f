package org.cloudsdk.benchmarks;

/** Thrown by an entry point when its library cannot do a task on this cloud; the reason is reported as "n/a". */
public final class UnsupportedTaskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param reason why the task cannot be done, shown in the results table */
    public UnsupportedTaskException(String reason) {
        super(reason);
    }
}
