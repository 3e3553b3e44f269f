package org.cloudsdk.image;

import java.util.Locale;

import org.cloudsdk.model.JsonName;

/** The chapter's statuses of an import or export task. */
public enum TaskStatus {
    /** Waiting to begin. */
    @JsonName("pending") PENDING,
    /** Running. */
    @JsonName("processing") PROCESSING,
    /** Done. */
    @JsonName("success") SUCCESS,
    /** Failed: the task's {@code message} says why. */
    @JsonName("failure") FAILURE,
    /** A value this SDK does not know. */
    UNKNOWN;

    /** @return the value as Glance writes it */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether the task has ended, well or not */
    public boolean isFinal() {
        return this == SUCCESS || this == FAILURE;
    }
}
