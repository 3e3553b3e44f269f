package org.cloudsdk.monitoring;

import org.jspecify.annotations.Nullable;

/**
 * What testing a notification gave: {@code {"status": "success", "message": "Success: Webhook
 * successfully executed"}}.
 *
 * @param status {@code success}, or what went wrong
 * @param message the service's words
 */
public record NotificationTestResult(@Nullable String status, @Nullable String message) {

    /** @return whether the service reports success */
    public boolean succeeded() {
        return "success".equalsIgnoreCase(status);
    }
}
