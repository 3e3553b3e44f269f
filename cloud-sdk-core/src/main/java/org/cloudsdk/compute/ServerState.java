package org.cloudsdk.compute;

import java.util.Locale;

/** The states {@link Compute#resetState} may set (Nova's {@code os-resetState} accepts these two). */
public enum ServerState {
    /** Back to ACTIVE, the usual way out of a stuck task. */
    ACTIVE,
    /** To ERROR, so that the server can be deleted or rebuilt. */
    ERROR;

    String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
