package org.cloudsdk.autoconfigure.health;

import org.cloudsdk.errors.AuthenticationFailedException;
import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ConnectionFailedException;
import org.cloudsdk.errors.NotAuthenticatedException;
import org.springframework.boot.health.contributor.Health;

/**
 * Turns a probe's failure into a DOWN health that says why (HTTP status, refused connection,
 * missing credentials) without secrets: only the SDK's typed messages, which never carry
 * credentials or tokens, and the status code.
 */
final class ProbeFailures {

    private ProbeFailures() {
    }

    static Health.Builder down(Throwable failure) {
        Health.Builder down = Health.down();
        if (failure instanceof CloudException cloud) {
            if (cloud.status() > 0) {
                down.withDetail("httpStatus", cloud.status());
            }
            down.withDetail("reason", reason(cloud));
        } else {
            down.withDetail("reason", "unexpected failure");
        }
        down.withDetail("error", failure.getClass().getName() + ": " + failure.getMessage());
        return down;
    }

    private static String reason(CloudException failure) {
        if (failure instanceof NotAuthenticatedException) {
            return "no credentials configured";
        }
        if (failure instanceof AuthenticationFailedException) {
            return "authentication refused (HTTP " + failure.status() + ")";
        }
        if (failure instanceof ConnectionFailedException) {
            return "connection failed";
        }
        if (failure.status() >= 500) {
            return "server error (HTTP " + failure.status() + ")";
        }
        return failure.status() > 0 ? "HTTP " + failure.status() : "request failed";
    }
}
