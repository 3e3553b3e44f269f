package org.cloudsdk.designate;

import java.util.regex.Pattern;

import org.cloudsdk.util.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * Designate's rules for names, e-mail addresses, TTLs and descriptions, checked before any request
 * with messages that name the parameter. The rules are those of Designate's object fields: fully
 * qualified names with the trailing dot, at most 254 characters (the dot included), labels of 1 to 63 letters,
 * digits, {@code _} or {@code -} (not at either end of a label).
 */
final class DnsNames {

    /** The longest name Designate accepts, the trailing dot included. */
    static final int MAX_NAME = 254;
    /** Designate's TTL fields: 0 up to a signed 32-bit integer (a cloud may set a higher minimum). */
    static final long MAX_TTL = 2147483647L;
    /** Designate's description fields. */
    static final int MAX_DESCRIPTION = 160;
    /** Designate's e-mail field. */
    static final int MAX_EMAIL = 255;

    private static final String LABEL = "(?!-)[A-Za-z0-9_-]{1,63}(?<!-)";
    private static final Pattern ZONE_NAME = Pattern.compile("(?:" + LABEL + "\\.)+");
    private static final Pattern HOST_NAME = Pattern.compile("(?:\\*\\.)?(?:" + LABEL + "\\.)*");
    private static final Pattern SRV_NAME = Pattern.compile("_[A-Za-z0-9_-]{1,62}\\._[A-Za-z0-9_-]{1,62}\\.(?:"
            + LABEL + "\\.)+");

    private DnsNames() {
    }

    /**
     * A zone's name, or any name Designate types as a domain (CNAME, NS and PTR targets).
     *
     * @param value the name
     * @param parameter its name, for the message
     * @return the name
     * @throws IllegalArgumentException when it is not fully qualified with a trailing dot
     */
    static String domain(@Nullable String value, String parameter) {
        String name = dotted(value, parameter);
        if (!ZONE_NAME.matcher(name).matches()) {
            throw invalid(parameter, name, "labels of 1 to 63 letters, digits, '_' or '-' (not at either end),"
                    + " separated by dots");
        }
        return name;
    }

    /**
     * A record set's name: a domain whose first label may be the wildcard {@code *}.
     *
     * @param value the name
     * @param parameter its name, for the message
     * @return the name
     * @throws IllegalArgumentException when it is not fully qualified with a trailing dot
     */
    static String host(@Nullable String value, String parameter) {
        String name = dotted(value, parameter);
        if (name.equals(".") || !HOST_NAME.matcher(name).matches()) {
            throw invalid(parameter, name, "labels of 1 to 63 letters, digits, '_' or '-' (not at either end),"
                    + " separated by dots, the first one possibly '*'");
        }
        return name;
    }

    /**
     * An SRV record set's name: {@code _service._protocol.name.}.
     *
     * @param value the name
     * @param parameter its name, for the message
     * @return the name
     * @throws IllegalArgumentException when it does not have that form
     */
    static String srv(@Nullable String value, String parameter) {
        String name = dotted(value, parameter);
        if (!SRV_NAME.matcher(name).matches()) {
            throw invalid(parameter, name, "the form _service._protocol.name. of an SRV record set, such as"
                    + " _sip._tcp.example.com.");
        }
        return name;
    }

    /**
     * @param value an e-mail address for a zone's SOA record
     * @param parameter its name, for the message
     * @return the address
     * @throws IllegalArgumentException when it is not one {@code @} between a local part and a
     *     domain that Designate accepts
     */
    static String email(@Nullable String value, String parameter) {
        String email = Arguments.requireText(value, parameter);
        if (email.length() > MAX_EMAIL) {
            throw new IllegalArgumentException(parameter + " must be at most " + MAX_EMAIL + " characters, was "
                    + email.length());
        }
        int at = email.indexOf('@');
        if (at < 0 || at != email.lastIndexOf('@')) {
            throw invalid(parameter, email, "an e-mail address with exactly one '@', such as hostmaster@example.com");
        }
        // Designate reads the address as a name: the '@' turned into a dot must give a valid domain
        String asName = email.replace('@', '.') + ".";
        if (asName.length() > MAX_NAME || !ZONE_NAME.matcher(asName).matches()) {
            throw invalid(parameter, email, "an e-mail address whose parts are letters, digits, '_', '-' and dots,"
                    + " such as hostmaster@example.com");
        }
        return email;
    }

    /**
     * @param ttl a TTL in seconds
     * @param parameter its name, for the message
     * @return the TTL
     * @throws IllegalArgumentException when it is outside 0 to 2147483647
     */
    static int ttl(long ttl, String parameter) {
        if (ttl < 0 || ttl > MAX_TTL) {
            throw new IllegalArgumentException(parameter + " must be 0 to " + MAX_TTL + " seconds, was " + ttl);
        }
        return (int) ttl;
    }

    /**
     * @param value a description (may be empty)
     * @param parameter its name, for the message
     * @return the description
     * @throws IllegalArgumentException when it is longer than 160 characters
     */
    static String description(@Nullable String value, String parameter) {
        if (value == null) {
            throw new NullPointerException(parameter + " must not be null");
        }
        if (value.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException(parameter + " must be at most " + MAX_DESCRIPTION
                    + " characters, was " + value.length());
        }
        return value;
    }

    /**
     * @param value an id of a zone, record set or task
     * @param parameter its name, for the message
     * @return the id
     * @throws IllegalArgumentException when it is blank or holds a '/'
     */
    static String id(@Nullable String value, String parameter) {
        String id = Arguments.requireText(value, parameter);
        if (id.indexOf('/') >= 0) {
            throw new IllegalArgumentException(parameter + " must be an id without '/', was '" + id + "'");
        }
        return id;
    }

    private static String dotted(@Nullable String value, String parameter) {
        String name = Arguments.requireText(value, parameter);
        if (!name.endsWith(".")) {
            throw new IllegalArgumentException(parameter + " must be fully qualified and end with a dot, such as '"
                    + name + ".', was '" + name + "'");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException(parameter + " must be at most " + MAX_NAME
                    + " characters with its trailing dot, was " + name.length());
        }
        return name;
    }

    private static IllegalArgumentException invalid(String parameter, String value, String expected) {
        return new IllegalArgumentException(parameter + " must be " + expected + ", was '" + value + "'");
    }
}
