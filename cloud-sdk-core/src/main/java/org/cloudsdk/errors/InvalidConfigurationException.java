package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * A setting, configuration file, credential file or clouds.yaml entry is missing, unreadable or invalid; the message names the setting or file.
 */
public class InvalidConfigurationException extends CloudException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public InvalidConfigurationException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }

    /**
     * @param message what went wrong
     */
    public InvalidConfigurationException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
