package org.cloudsdk.dns;

import java.util.Locale;

import org.cloudsdk.util.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the chapter and the API reference, checked before any request so that a bad value
 * fails with a message naming the parameter and what is allowed, instead of a failed job.
 */
final class DnsLimits {

    /** The smallest TTL, of domains and records alike, in seconds. */
    static final int MIN_TTL = 300;
    /** A domain's TTL when none is given. */
    static final int DEFAULT_TTL = 3600;
    /** The longest comment, of domains and records alike. */
    static final int MAX_COMMENT = 160;
    /** The largest MX or SRV priority. */
    static final int MAX_PRIORITY = 65535;
    /** The largest page of any listing, and the page size when none is given. */
    static final int MAX_LIMIT = 100;

    private static final int MAX_NAME = 253;
    private static final int MAX_LABEL = 63;

    private DnsLimits() {
    }

    static String text(@Nullable String value, String parameter) {
        return Arguments.requireText(value, parameter);
    }

    /**
     * A fully-qualified domain name: dot-separated labels of letters, digits, hyphens and
     * underscores (SRV names such as {@code _sip._tcp.example.edu}), a leading {@code *} label
     * for wildcards, at most 63 characters a label and 253 in all.
     */
    static String domainName(@Nullable String value, String parameter) {
        String name = text(value, parameter);
        String bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (bare.isEmpty() || bare.length() > MAX_NAME) {
            throw new IllegalArgumentException(parameter + " must be a domain name of 1 to " + MAX_NAME
                    + " characters, was '" + name + "'");
        }
        String[] labels = bare.split("\\.", -1);
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            boolean wildcard = i == 0 && label.equals("*");
            if (!wildcard && (label.isEmpty() || label.length() > MAX_LABEL || !label.matches("[A-Za-z0-9_-]+")
                    || label.startsWith("-") || label.endsWith("-"))) {
                throw new IllegalArgumentException(parameter + " must be a valid domain name (labels of letters, digits,"
                        + " '-' and '_', 1 to " + MAX_LABEL + " characters, separated by '.'), was '" + name + "'");
            }
        }
        return name;
    }

    static String email(@Nullable String value, String parameter) {
        String email = text(value, parameter);
        int at = email.indexOf('@');
        if (at <= 0 || at == email.length() - 1 || email.indexOf('@', at + 1) >= 0 || email.chars().anyMatch(
                Character::isWhitespace)) {
            throw new IllegalArgumentException(parameter + " must be an email address such as admin@example.edu, was '"
                    + email + "'");
        }
        return email;
    }

    static int ttl(int value, String parameter) {
        if (value < MIN_TTL) {
            throw new IllegalArgumentException(parameter + " must be at least " + MIN_TTL + " seconds, was " + value);
        }
        return value;
    }

    static String comment(@Nullable String value, String parameter) {
        if (value == null) {
            throw new NullPointerException(parameter + " must not be null");
        }
        if (value.length() > MAX_COMMENT) {
            throw new IllegalArgumentException(parameter + " must be at most " + MAX_COMMENT + " characters, was "
                    + value.length());
        }
        return value;
    }

    static int priority(int value, String parameter) {
        if (value < 0 || value > MAX_PRIORITY) {
            throw new IllegalArgumentException(parameter + " must be 0 to " + MAX_PRIORITY + ", was " + value);
        }
        return value;
    }

    /** The priority rule of a type: required for MX and SRV, forbidden for the others. */
    static void priorityFor(RecordType type, @Nullable Integer priority, boolean required) {
        if (type.hasPriority() && priority == null && required) {
            throw new IllegalArgumentException("priority is required for " + type + " records (0 to " + MAX_PRIORITY
                    + ")");
        }
        if (!type.hasPriority() && priority != null) {
            throw new IllegalArgumentException("priority is only allowed for MX and SRV records, not for " + type
                    + " records; was " + priority);
        }
    }

    /** The data rule of a type: an IPv4 address for A, IPv6 for AAAA, either for PTR. */
    static String data(RecordType type, @Nullable String value, String parameter) {
        String data = text(value, parameter);
        switch (type) {
            case A -> requireAddress(IpLiterals.isIpv4(data), type, "an IPv4 address such as 192.0.2.7", data, parameter);
            case AAAA -> requireAddress(IpLiterals.isIpv6(data), type, "an IPv6 address such as 2001:db8::7", data,
                    parameter);
            case PTR -> requireAddress(IpLiterals.isIpv4(data) || IpLiterals.isIpv6(data), type,
                    "an IPv4 or IPv6 address", data, parameter);
            case CNAME, MX, NS -> domainName(data, parameter);
            default -> {
                // TXT and SRV data are free text for the service to judge
            }
        }
        return data;
    }

    static String address(@Nullable String value, String parameter) {
        String address = text(value, parameter);
        if (!IpLiterals.isIpv4(address) && !IpLiterals.isIpv6(address)) {
            throw new IllegalArgumentException(parameter + " must be an IPv4 or IPv6 address, was '" + address + "'");
        }
        return address;
    }

    static RecordType type(@Nullable RecordType value) {
        if (value == null) {
            throw new NullPointerException("type must not be null");
        }
        if (value == RecordType.UNKNOWN) {
            throw new IllegalArgumentException("type must be one of A, AAAA, CNAME, MX, NS, TXT, SRV, PTR, was UNKNOWN");
        }
        return value;
    }

    /** @return the type a Rackspace record id names ({@code NS-6703063}), or UNKNOWN */
    static RecordType typeOfId(String recordId) {
        int dash = recordId.indexOf('-');
        if (dash <= 0) {
            return RecordType.UNKNOWN;
        }
        try {
            return RecordType.valueOf(recordId.substring(0, dash).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAType) {
            return RecordType.UNKNOWN;
        }
    }

    private static void requireAddress(boolean valid, RecordType type, String expected, String data, String parameter) {
        if (!valid) {
            throw new IllegalArgumentException(parameter + " of " + type + " records must be " + expected + ", was '"
                    + data + "'");
        }
    }
}
