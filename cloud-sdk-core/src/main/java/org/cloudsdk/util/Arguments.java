package org.cloudsdk.util;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Argument checks shared by the service packages, with messages that name the parameter. */
public final class Arguments {

    private Arguments() {
    }

    /**
     * @param value an id, name or other text argument
     * @param parameter its name, for the message
     * @return the value
     * @throws NullPointerException when it is null
     * @throws IllegalArgumentException when it is blank
     */
    public static String requireText(@Nullable String value, String parameter) {
        Objects.requireNonNull(value, parameter + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(parameter + " must not be blank");
        }
        return value;
    }
}
