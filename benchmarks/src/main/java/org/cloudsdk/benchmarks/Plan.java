package org.cloudsdk.benchmarks;

/** What a contender does for a task: run a process, report "n/a" with a reason, or not appear at all. */
public sealed interface Plan {

    /** @param invocation the process to time */
    record Run(Invocation invocation) implements Plan {
    }

    /** @param reason why the contender cannot do the task, shown in the table */
    record NotApplicable(String reason) implements Plan {
    }

    /** The contender has no row for this task (a reference of another task). */
    record Omit() implements Plan {
    }

    /**
     * @param invocation the process
     * @return a plan that runs it
     */
    static Plan run(Invocation invocation) {
        return new Run(invocation);
    }

    /**
     * @param reason the reason
     * @return an "n/a" plan
     */
    static Plan notApplicable(String reason) {
        return new NotApplicable(reason);
    }

    /** @return a plan without a row */
    static Plan omit() {
        return new Omit();
    }
}
