package org.cloudsdk.autoconfigure.sync;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells, when the application fails to start, which sync job property is wrong and how to fix it. */
final class InvalidSyncJobFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSyncJobException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSyncJobException cause) {
        return new FailureAnalysis("The cloud sync job '" + cause.job() + "' is invalid: " + cause.getMessage(),
                "Fix " + cause.property() + ", or switch the job off with cloud.sync.jobs." + cause.job()
                        + ".enabled=false.", cause);
    }
}
