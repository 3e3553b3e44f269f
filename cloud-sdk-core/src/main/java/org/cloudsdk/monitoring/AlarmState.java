package org.cloudsdk.monitoring;

/** The states an alarm's criteria give. */
public enum AlarmState {
    /** All is well. */
    OK,
    /** Something deserves attention. */
    WARNING,
    /** Something is wrong. */
    CRITICAL,
    /** A state this SDK does not know, or none yet. */
    UNKNOWN;

    static AlarmState of(@org.jspecify.annotations.Nullable String value) {
        if (value != null) {
            for (AlarmState state : values()) {
                if (state.name().equalsIgnoreCase(value)) {
                    return state;
                }
            }
        }
        return UNKNOWN;
    }
}
