package org.cloudsdk.objectstorage;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A file that a folder upload or sync could not handle, and why. Failures are collected, one per
 * file, and never stop the other files.
 *
 * @param name the file's path relative to the folder ({@code /}-separated), or the object's name
 *     for a failed deletion; empty for the folder itself
 * @param reason what went wrong, for people
 * @param cause the exception, or null
 */
public record FileFailure(String name, String reason, @Nullable Throwable cause) {

    /** Checks the values. */
    public FileFailure {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }

    /**
     * @param name the file's relative path
     * @param cause what went wrong
     * @return the failure, its reason taken from the exception
     */
    static FileFailure of(String name, Throwable cause) {
        String message = cause.getMessage();
        return new FileFailure(name, message == null || message.isBlank() ? cause.getClass().getSimpleName()
                : message, cause);
    }

    /**
     * @param name the file's relative path
     * @param what what could not be done, such as "cannot be read"
     * @param cause what went wrong
     * @return the failure
     */
    static FileFailure of(String name, String what, Throwable cause) {
        String message = cause.getMessage();
        return new FileFailure(name, message == null || message.isBlank() ? what : what + ": " + message, cause);
    }
}
