package org.cloudsdk.monitoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.cloudsdk.util.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * The validation rules of the Cloud Monitoring API reference, checked before any request so that
 * a bad value fails with a message naming the parameter instead of a server's 400: labels of 1
 * to 255 characters, periods of 30 to 1,800 seconds, timeouts of 2 to 1,800 seconds below the
 * period, alarm criteria of 1 to 16,384 characters, at most 256 metadata pairs of 1 to 255
 * characters, at most 64 IP addresses with aliases of 1 to 64 characters.
 */
final class MonitoringLimits {

    static final int MAX_LABEL = 255;
    static final int MIN_PERIOD = 30;
    static final int MAX_PERIOD = 1800;
    static final int MIN_TIMEOUT = 2;
    static final int MAX_TIMEOUT = 1800;
    static final int MAX_CRITERIA = 16_384;
    static final int MAX_METADATA = 256;
    static final int MAX_METADATA_TEXT = 255;
    static final int MAX_IP_ADDRESSES = 64;
    static final int MAX_ALIAS = 64;
    static final int MAX_CHECK_TYPE = 64;
    /** The largest page the API serves. */
    static final int MAX_PAGE = 1000;

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private MonitoringLimits() {
    }

    static String text(@Nullable String value, String parameter) {
        return Arguments.requireText(value, parameter);
    }

    static String label(@Nullable String value, String parameter) {
        return length(value, parameter, MAX_LABEL);
    }

    static String length(@Nullable String value, String parameter, int max) {
        Objects.requireNonNull(value, parameter + " must not be null");
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException(parameter + " must be 1 to " + max + " characters long, was "
                    + value.length());
        }
        return value;
    }

    static int period(int seconds) {
        if (seconds < MIN_PERIOD || seconds > MAX_PERIOD) {
            throw new IllegalArgumentException("period must be " + MIN_PERIOD + " to " + MAX_PERIOD
                    + " seconds, was " + seconds);
        }
        return seconds;
    }

    static int timeout(int seconds) {
        if (seconds < MIN_TIMEOUT || seconds > MAX_TIMEOUT) {
            throw new IllegalArgumentException("timeout must be " + MIN_TIMEOUT + " to " + MAX_TIMEOUT
                    + " seconds, was " + seconds);
        }
        return seconds;
    }

    /** The API reference: the timeout "has to be less than the period". */
    static void timeoutBelowPeriod(@Nullable Integer timeout, @Nullable Integer period) {
        if (timeout != null && period != null && timeout >= period) {
            throw new IllegalArgumentException("timeout must be less than the period, was timeout " + timeout
                    + " >= period " + period);
        }
    }

    static String criteria(@Nullable String criteria) {
        return length(criteria, "criteria", MAX_CRITERIA);
    }

    /** @return an unmodifiable copy keeping the order */
    static Map<String, String> metadata(@Nullable Map<String, String> metadata, String parameter) {
        Objects.requireNonNull(metadata, parameter + " must not be null");
        if (metadata.size() > MAX_METADATA) {
            throw new IllegalArgumentException(parameter + " must hold at most " + MAX_METADATA + " pairs, had "
                    + metadata.size());
        }
        Map<String, String> copy = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new IllegalArgumentException(parameter + " must not hold null keys or values");
            }
            length(key, parameter + " key", MAX_METADATA_TEXT);
            length(value, parameter + " value of '" + key + "'", MAX_METADATA_TEXT);
            copy.put(key, value);
        });
        return Collections.unmodifiableMap(copy);
    }

    /** @return an unmodifiable copy keeping the order, every address an IPv4 or IPv6 literal */
    static Map<String, String> ipAddresses(@Nullable Map<String, String> addresses) {
        Objects.requireNonNull(addresses, "ipAddresses must not be null");
        if (addresses.size() > MAX_IP_ADDRESSES) {
            throw new IllegalArgumentException("ipAddresses must hold at most " + MAX_IP_ADDRESSES
                    + " addresses, had " + addresses.size());
        }
        Map<String, String> copy = new LinkedHashMap<>();
        addresses.forEach((alias, address) -> {
            if (alias == null || address == null) {
                throw new IllegalArgumentException("ipAddresses must not hold null aliases or addresses");
            }
            length(alias, "ipAddresses alias", MAX_ALIAS);
            if (!isIpAddress(address)) {
                throw new IllegalArgumentException("ipAddresses['" + alias + "'] must be an IPv4 or IPv6 address,"
                        + " was '" + address + "'");
            }
            copy.put(alias, address);
        });
        return Collections.unmodifiableMap(copy);
    }

    /** A literal check only: a host name is never resolved. */
    static boolean isIpAddress(String address) {
        return IPV4.matcher(address).matches() || isIpv6(address);
    }

    private static boolean isIpv6(String address) {
        if (address.indexOf(':') < 0) {
            return false;
        }
        int compressed = address.indexOf("::");
        if (compressed >= 0 && address.indexOf("::", compressed + 1) >= 0) {
            return false;
        }
        String[] halves = compressed >= 0
                ? new String[] {address.substring(0, compressed), address.substring(compressed + 2)}
                : new String[] {address};
        int groups = 0;
        for (int h = 0; h < halves.length; h++) {
            if (halves[h].isEmpty()) {
                continue;
            }
            String[] parts = halves[h].split(":", -1);
            for (int i = 0; i < parts.length; i++) {
                boolean lastOfAddress = h == halves.length - 1 && i == parts.length - 1;
                if (lastOfAddress && IPV4.matcher(parts[i]).matches()) {
                    groups += 2;
                } else if (HEX_GROUP.matcher(parts[i]).matches()) {
                    groups++;
                } else {
                    return false;
                }
            }
        }
        return compressed >= 0 ? groups < 8 : groups == 8;
    }

    /** The API reference: a target host name is "a valid FQDN, IPv4, or IPv6 address" (not a URL). */
    static String hostname(@Nullable String value) {
        Objects.requireNonNull(value, "targetHostname must not be null");
        String name = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        if (isIpAddress(value) || (name.length() <= 253 && HOST_NAME.matcher(name).matches())) {
            return value;
        }
        throw new IllegalArgumentException("targetHostname must be a fully qualified domain name, an IPv4 or an IPv6"
                + " address (no scheme, port or path), was '" + value + "'");
    }

    /** The check types that run from monitoring zones, and so need zones and a target. */
    static boolean isRemote(String checkType) {
        return checkType.startsWith("remote.");
    }
}
