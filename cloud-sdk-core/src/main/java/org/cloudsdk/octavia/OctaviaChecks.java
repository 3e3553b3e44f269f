package org.cloudsdk.octavia;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.cloudsdk.util.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * The limits of Octavia's API v2 reference, checked before any request: each message names the
 * parameter and what was expected.
 */
final class OctaviaChecks {

    /** Names, descriptions, tags, cookie names, rule keys and values: at most 255 characters. */
    static final int MAX_TEXT = 255;
    static final int MIN_PORT = 1;
    static final int MAX_PORT = 65_535;
    static final int MIN_WEIGHT = 0;
    static final int MAX_WEIGHT = 256;
    static final int MIN_RETRIES = 1;
    static final int MAX_RETRIES = 10;
    static final int MIN_CONNECTION_LIMIT = -1;
    /** Listener timeouts, in milliseconds: 0 to 24 days. */
    static final long MAX_TIMEOUT_MS = 24L * 24 * 60 * 60 * 1000;
    static final int MIN_POSITION = 1;
    static final int MAX_POSITION = Integer.MAX_VALUE;
    static final List<Integer> REDIRECT_CODES = List.of(301, 302, 303, 307, 308);

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}");
    private static final Pattern EXPECTED_CODES = Pattern.compile("^(\\d{3}(\\s*,\\s*\\d{3})*)$|^(\\d{3}-\\d{3})$");
    private static final Pattern COOKIE_NAME = Pattern.compile("^[^\\s,;\\\\]+$");
    private static final Pattern DOMAIN_NAME = Pattern.compile(
            "^(?=.{1,253}\\.?$)(?:(?!-|[^.]+_)[A-Za-z0-9-_]{1,63}(?<!-)(?:\\.|$))+$");

    private OctaviaChecks() {
    }

    static String text(@Nullable String value, String parameter) {
        return Arguments.requireText(value, parameter);
    }

    /** @return the value, at most 255 characters (empty allowed: Octavia's names may be empty) */
    static String shortText(@Nullable String value, String parameter) {
        Objects.requireNonNull(value, parameter + " must not be null");
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(parameter + " must be at most " + MAX_TEXT + " characters, was "
                    + value.length());
        }
        return value;
    }

    static String uuid(@Nullable String value, String parameter) {
        Objects.requireNonNull(value, parameter + " must not be null");
        if (!UUID.matcher(value).matches()) {
            throw new IllegalArgumentException(parameter + " must be a UUID such as"
                    + " 8a562351-f0fb-424c-a0af-513461424ea5, was '" + value + "'");
        }
        return value;
    }

    static int port(int value, String parameter) {
        return range(value, MIN_PORT, MAX_PORT, parameter);
    }

    static int range(int value, int min, int max, String parameter) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(parameter + " must be " + min + " to " + max + ", was " + value);
        }
        return value;
    }

    static long timeoutMillis(long value, String parameter) {
        if (value < 0 || value > MAX_TIMEOUT_MS) {
            throw new IllegalArgumentException(parameter + " must be 0 to " + MAX_TIMEOUT_MS
                    + " milliseconds (24 days), was " + value);
        }
        return value;
    }

    static String address(@Nullable String value, String parameter) {
        Objects.requireNonNull(value, parameter + " must not be null");
        if (!IpLiterals.isAddress(value)) {
            throw new IllegalArgumentException(parameter + " must be an IPv4 or IPv6 address, was '" + value + "'");
        }
        return value;
    }

    static String cidr(@Nullable String value, String parameter) {
        Objects.requireNonNull(value, parameter + " must not be null");
        if (!IpLiterals.isCidr(value)) {
            throw new IllegalArgumentException(parameter + " must be an IPv4 or IPv6 CIDR such as 192.0.2.0/24,"
                    + " was '" + value + "'");
        }
        return value;
    }

    static List<String> tags(@Nullable Collection<String> values, String parameter) {
        Objects.requireNonNull(values, parameter + " must not be null");
        for (String tag : values) {
            Objects.requireNonNull(tag, parameter + " must not contain null");
            if (tag.isBlank() || tag.length() > MAX_TEXT) {
                throw new IllegalArgumentException(parameter + " must hold tags of 1 to " + MAX_TEXT
                        + " characters, not blank; got '" + tag + "'");
            }
        }
        return List.copyOf(values);
    }

    static Map<String, String> headers(@Nullable Map<String, String> values, String parameter) {
        Objects.requireNonNull(values, parameter + " must not be null");
        values.forEach((name, value) -> {
            text(name, parameter + " name");
            Objects.requireNonNull(value, parameter + " '" + name + "' must not be null");
            if (value.length() > MAX_TEXT) {
                throw new IllegalArgumentException(parameter + " '" + name + "' must be at most " + MAX_TEXT
                        + " characters");
            }
        });
        return Map.copyOf(values);
    }

    static String expectedCodes(@Nullable String value) {
        Objects.requireNonNull(value, "expectedCodes must not be null");
        if (!EXPECTED_CODES.matcher(value).matches()) {
            throw new IllegalArgumentException("expectedCodes must be one code (200), a list (200, 202) or a range"
                    + " (200-204), was '" + value + "'");
        }
        return value;
    }

    static String urlPath(@Nullable String value) {
        Objects.requireNonNull(value, "urlPath must not be null");
        if (!value.startsWith("/")) {
            throw new IllegalArgumentException("urlPath must begin with '/', was '" + value + "'");
        }
        return value;
    }

    static String cookieName(@Nullable String value) {
        shortText(value, "cookieName");
        if (!COOKIE_NAME.matcher(Objects.requireNonNull(value)).matches()) {
            throw new IllegalArgumentException("cookieName must not be empty nor hold white space, ',', ';' or '\\',"
                    + " was '" + value + "'");
        }
        return value;
    }

    static String domainName(@Nullable String value) {
        Objects.requireNonNull(value, "domainName must not be null");
        if (!DOMAIN_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("domainName must be a host name of 1 to 253 characters, was '"
                    + value + "'");
        }
        return value;
    }

    /** An L7 rule's key or value: at most 255 characters, on one line. */
    static String ruleText(@Nullable String value, String parameter) {
        shortText(value, parameter);
        if (Objects.requireNonNull(value).indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(parameter + " must not contain a line break");
        }
        return value;
    }
}
