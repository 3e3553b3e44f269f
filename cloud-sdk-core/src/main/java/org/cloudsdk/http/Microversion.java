package org.cloudsdk.http;

import java.util.Objects;

/**
 * An OpenStack API microversion such as compute {@code 2.79} or volume {@code 3.59}: a major and
 * a minor number, ordered numerically ({@code 2.10} is after {@code 2.9}).
 *
 * @param major the major version
 * @param minor the minor version
 */
public record Microversion(int major, int minor) implements Comparable<Microversion> {

    /**
     * @param major at least 1
     * @param minor at least 0
     */
    public Microversion {
        if (major < 1 || minor < 0) {
            throw new IllegalArgumentException("microversion must be MAJOR.MINOR with MAJOR >= 1 and MINOR >= 0, got "
                    + major + "." + minor);
        }
    }

    /**
     * @param text such as {@code 2.79}
     * @return the microversion
     * @throws IllegalArgumentException naming the expected form when the text is not one
     */
    public static Microversion parse(String text) {
        Objects.requireNonNull(text, "microversion must not be null");
        String trimmed = text.trim();
        int dot = trimmed.indexOf('.');
        try {
            if (dot > 0 && dot == trimmed.lastIndexOf('.')) {
                return new Microversion(Integer.parseInt(trimmed.substring(0, dot)),
                        Integer.parseInt(trimmed.substring(dot + 1)));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("microversion must be MAJOR.MINOR such as 2.79, got '" + text + "'");
    }

    @Override
    public int compareTo(Microversion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    /** @return {@code MAJOR.MINOR} */
    @Override
    public String toString() {
        return major + "." + minor;
    }
}
