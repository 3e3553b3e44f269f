package org.cloudsdk.autoscale;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.cloudsdk.util.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * The limits Auto Scale documents, checked before any request: cooldowns of 0 to 86,400 seconds,
 * 0 to 1,000 entities with the minimum at most the maximum, names and ids not blank.
 */
final class AutoScaleLimits {

    static final int MAX_COOLDOWN = 86_400;
    static final int MAX_ENTITIES = 1_000;

    private AutoScaleLimits() {
    }

    static int cooldown(int seconds, String parameter) {
        if (seconds < 0 || seconds > MAX_COOLDOWN) {
            throw new IllegalArgumentException(parameter + " must be 0 to " + MAX_COOLDOWN + " seconds, was " + seconds);
        }
        return seconds;
    }

    static int entities(int count, String parameter) {
        if (count < 0 || count > MAX_ENTITIES) {
            throw new IllegalArgumentException(parameter + " must be 0 to " + MAX_ENTITIES + ", was " + count);
        }
        return count;
    }

    static void minAtMostMax(int minEntities, int maxEntities) {
        if (minEntities > maxEntities) {
            throw new IllegalArgumentException("minEntities must be at most maxEntities, was " + minEntities + " > "
                    + maxEntities);
        }
    }

    static String text(@Nullable String value, String parameter) {
        return Arguments.requireText(value, parameter);
    }

    /** @return an unmodifiable copy keeping the order, with neither null keys nor null values */
    static Map<String, String> metadata(@Nullable Map<String, String> metadata, String parameter) {
        Objects.requireNonNull(metadata, parameter + " must not be null");
        Map<String, String> copy = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new IllegalArgumentException(parameter + " must not hold null keys or values");
            }
            copy.put(key, value);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }
}
