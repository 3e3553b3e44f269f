package org.cloudsdk.queue;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.cloudsdk.util.Arguments;
import org.jspecify.annotations.Nullable;

/** The limits of the Queues chapter, each checked before a request. */
final class QueueLimits {

    static final int MESSAGE_TTL_MIN = 60;
    static final int MESSAGE_TTL_MAX = 1_209_600;
    static final int CLAIM_MIN = 60;
    static final int CLAIM_MAX = 43_200;
    static final int CLAIM_COUNT_MAX = 20;
    static final int DEFAULT_COUNT = 10;
    static final int PAGE_MAX = 20;
    static final int POST_BYTES_MAX = 256 * 1024;
    static final int NAME_MAX = 64;

    private QueueLimits() {
    }

    static String queueName(@Nullable String name) {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isEmpty() || name.length() > NAME_MAX || !name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("name must be 1 to " + NAME_MAX
                    + " letters, digits, '_' or '-', was '" + name + "'");
        }
        return name;
    }

    static String id(@Nullable String value, String parameter) {
        return Arguments.requireText(value, parameter);
    }

    static List<String> ids(@Nullable Collection<String> values, String parameter) {
        Objects.requireNonNull(values, parameter + " must not be null");
        if (values.isEmpty()) {
            throw new IllegalArgumentException(parameter + " must name at least one message");
        }
        if (values.size() > PAGE_MAX) {
            throw new IllegalArgumentException(parameter + " must name at most " + PAGE_MAX + " messages, was "
                    + values.size());
        }
        return values.stream().map(value -> id(value, parameter)).toList();
    }

    static int messageTtl(int ttl) {
        return range("ttl", ttl, MESSAGE_TTL_MIN, MESSAGE_TTL_MAX);
    }

    static int claimTtl(int ttl) {
        return range("ttl", ttl, CLAIM_MIN, CLAIM_MAX);
    }

    static int grace(int grace) {
        return range("grace", grace, CLAIM_MIN, CLAIM_MAX);
    }

    static int count(int count) {
        return range("count", count, 1, CLAIM_COUNT_MAX);
    }

    static int limit(int limit) {
        return range("limit", limit, 1, PAGE_MAX);
    }

    static void postSize(int bytes) {
        if (bytes > POST_BYTES_MAX) {
            throw new IllegalArgumentException("messages must not exceed " + POST_BYTES_MAX
                    + " bytes (256 KB) in one request, were " + bytes);
        }
    }

    /** A canonical UUID: 36 characters, lower or upper case hex, as the service demands. */
    static UUID clientId(@Nullable String value) {
        Objects.requireNonNull(value, "clientId must not be null");
        try {
            UUID parsed = UUID.fromString(value.trim());
            if (parsed.toString().equalsIgnoreCase(value.trim())) {
                return parsed;
            }
        } catch (IllegalArgumentException notAUuid) {
            // reported below with the expected form
        }
        throw new IllegalArgumentException("clientId must be a UUID in its canonical form, such as "
                + "3381af92-2b9e-11e3-b191-71861300734c; was '" + value + "'");
    }

    private static int range(String parameter, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(parameter + " must be " + min + " to " + max + ", was " + value);
        }
        return value;
    }
}
