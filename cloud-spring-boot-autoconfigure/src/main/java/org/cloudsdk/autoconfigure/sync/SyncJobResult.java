package org.cloudsdk.autoconfigure.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How one run of a sync job ended, as the {@code cloudsync} endpoint shows it.
 *
 * @param trigger {@code scheduled} or {@code manual}
 * @param started when the run started
 * @param duration how long it took, retries included
 * @param outcome success, partial (some files failed) or failure (the run itself failed)
 * @param attempts how many times the sync was tried
 * @param uploaded files uploaded
 * @param skipped files left alone (identical, or the remote copy newer)
 * @param deleted remote objects deleted
 * @param failed files and objects that failed
 * @param bytesUploaded bytes of the files uploaded
 * @param failures the first few per-file failures, as {@code name: reason}
 * @param error why the run failed, or null
 */
public record SyncJobResult(String trigger, Instant started, Duration duration, Outcome outcome, int attempts,
        int uploaded, int skipped, int deleted, int failed, long bytesUploaded, List<String> failures,
        @Nullable String error) {

    /** Copies the failures. */
    public SyncJobResult {
        failures = List.copyOf(failures);
    }

    /** How a run ended. */
    public enum Outcome {
        /** Every file was synced. */
        SUCCESS,
        /** The run completed but some files or objects failed. */
        PARTIAL,
        /** The run failed (after its retries): listing, authentication, a missing container... */
        FAILURE;

        /** @return the lower-case name, the value of the {@code outcome} tag */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
