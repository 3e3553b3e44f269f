package org.cloudsdk.loadbalancer;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.cloudsdk.util.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * The documented limits of Cloud Load Balancers, checked before any request with an
 * {@link IllegalArgumentException} naming the parameter and the allowed range. Account limits
 * that Rackspace raises on request (25 balancers, 25 nodes, 25 metadata items per balancer) are
 * left to the server, which knows the account's values; the per-request limit of 10 ids of a bulk
 * deletion is met by sending batches.
 */
final class LoadBalancerLimits {

    /** A balancer's name: 128 characters at most. */
    static final int MAX_NAME = 128;
    /** A balancer's timeout with its nodes: at most 120 seconds (30 by default). */
    static final int MAX_TIMEOUT = 120;
    /** A node's weight: 1 to 100. */
    static final int MAX_WEIGHT = 100;
    /** A metadata key or value: 256 characters at most. */
    static final int MAX_METADATA_TEXT = 256;
    /** One access list holds 100 network items at most. */
    static final int MAX_ACCESS_LIST = 100;
    /** The ids one bulk deletion may name (nodes, virtual IPs, metadata, access list items). */
    static final int BATCH_DELETE = 10;

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern ID = Pattern.compile("\\d+");

    private LoadBalancerLimits() {
    }

    static String text(@Nullable String value, String parameter) {
        return Arguments.requireText(value, parameter);
    }

    /** Ids of this API are integers; anything else cannot name a resource and is refused early. */
    static String id(@Nullable String value, String parameter) {
        String id = Arguments.requireText(value, parameter);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(parameter + " must be a numeric id, was '" + id + "'");
        }
        return id;
    }

    static List<String> ids(@Nullable Collection<String> values, String parameter) {
        Objects.requireNonNull(values, parameter + " must not be null");
        if (values.isEmpty()) {
            throw new IllegalArgumentException(parameter + " must name at least one id");
        }
        return values.stream().map(value -> id(value, parameter)).distinct().toList();
    }

    static String name(@Nullable String value, String parameter) {
        String name = Arguments.requireText(value, parameter);
        int length = name.codePointCount(0, name.length());
        if (length > MAX_NAME) {
            throw new IllegalArgumentException(parameter + " must be 1 to " + MAX_NAME + " characters, was " + length);
        }
        return name;
    }

    static int port(int value, String parameter) {
        return range(value, 1, 65535, parameter);
    }

    static int timeout(int value, String parameter) {
        return range(value, 1, MAX_TIMEOUT, parameter + " (seconds)");
    }

    static int weight(int value, String parameter) {
        return range(value, 1, MAX_WEIGHT, parameter);
    }

    static int range(int value, int min, int max, String parameter) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(parameter + " must be " + min + " to " + max + ", was " + value);
        }
        return value;
    }

    static <E extends Enum<E>> E known(@Nullable E value, String parameter) {
        Objects.requireNonNull(value, parameter + " must not be null");
        if (value.name().equals("UNKNOWN")) {
            throw new IllegalArgumentException(parameter + " must be a value the API knows, not UNKNOWN");
        }
        return value;
    }

    /** Keys and values of metadata: 1 to 256 characters (values may be empty); the order is kept. */
    static Map<String, String> metadata(@Nullable Map<String, String> metadata, String parameter) {
        Objects.requireNonNull(metadata, parameter + " must not be null");
        metadata.forEach((key, value) -> {
            if (key == null || key.isEmpty() || key.codePointCount(0, key.length()) > MAX_METADATA_TEXT) {
                throw new IllegalArgumentException(parameter + ": keys must be 1 to " + MAX_METADATA_TEXT
                        + " characters, was '" + key + "'");
            }
            if (value == null || value.codePointCount(0, value.length()) > MAX_METADATA_TEXT) {
                throw new IllegalArgumentException(parameter + ": the value of '" + key + "' must be at most "
                        + MAX_METADATA_TEXT + " characters" + (value == null ? ", was null" : ""));
            }
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /**
     * An access list item's address: an IPv4 or IPv6 address, or a network in CIDR notation.
     * Only literals are parsed, so no name is ever looked up.
     */
    static String networkAddress(@Nullable String value, String parameter) {
        String address = Arguments.requireText(value, parameter).trim();
        int slash = address.indexOf('/');
        String host = slash < 0 ? address : address.substring(0, slash);
        boolean v4 = IPV4.matcher(host).matches();
        boolean v6 = !v4 && host.contains(":") && IPV6_CHARACTERS.matcher(host).matches() && parsesAsLiteral(host);
        if (!v4 && !v6) {
            throw new IllegalArgumentException(parameter + " must be an IPv4 or IPv6 address or network (CIDR), was '"
                    + value + "'");
        }
        if (slash >= 0) {
            String prefix = address.substring(slash + 1);
            int max = v4 ? 32 : 128;
            if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > max) {
                throw new IllegalArgumentException(parameter + ": the prefix length of '" + value + "' must be 0 to "
                        + max);
            }
        }
        return address;
    }

    private static boolean parsesAsLiteral(String host) {
        try {
            // a string of hex digits, colons and dots is a literal: nothing is resolved
            InetAddress.getByName(host);
            return true;
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
