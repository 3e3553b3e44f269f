package org.cloudsdk.designate;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The record data Designate accepts for each {@link RecordType}, checked before a request so that a
 * malformed record is refused with a message naming it instead of Designate's 400.
 */
final class RecordData {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern UNSIGNED = Pattern.compile("0|[1-9]\\d{0,9}");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-Fa-f]{10,40}|[0-9A-Fa-f]{64}");
    private static final Set<String> CAA_TAGS = Set.of("issue", "issuewild", "iodef");
    private static final int MAX_TXT_STRING = 255;

    private RecordData() {
    }

    /**
     * @param type the record set's type
     * @param records its records, at least one
     * @param parameter the records' parameter name, for messages
     * @return the records, copied
     * @throws IllegalArgumentException when the type cannot be written or a record is not data of it
     */
    static List<String> check(RecordType type, @Nullable Collection<String> records, String parameter) {
        Objects.requireNonNull(type, "type must not be null");
        if (!type.isCreatable()) {
            throw new IllegalArgumentException("type must be one of A, AAAA, CNAME, MX, NS, TXT, SRV, PTR, CAA, SSHFP"
                    + " or SPF (SOA is managed by Designate), was " + type);
        }
        Objects.requireNonNull(records, parameter + " must not be null");
        if (records.isEmpty()) {
            throw new IllegalArgumentException(parameter + " must hold at least one record");
        }
        if (type == RecordType.CNAME && records.size() > 1) {
            throw new IllegalArgumentException(parameter + " of a CNAME record set must be exactly one record, was "
                    + records.size());
        }
        List<String> checked = new ArrayList<>(records.size());
        int index = 0;
        for (String record : records) {
            String name = parameter + "[" + index++ + "]";
            Objects.requireNonNull(record, name + " must not be null");
            checked.add(checkOne(type, record, name));
        }
        return List.copyOf(checked);
    }

    private static String checkOne(RecordType type, String record, String name) {
        switch (type) {
            case A -> requireIpv4(record, name);
            case AAAA -> requireIpv6(record, name);
            case CNAME, NS, PTR -> DnsNames.domain(record, name);
            case MX -> mx(record, name);
            case SRV -> srv(record, name);
            case TXT -> txt(record, name);
            case SPF -> spf(record, name);
            case CAA -> caa(record, name);
            case SSHFP -> sshfp(record, name);
            default -> throw new IllegalArgumentException(name + ": records of type " + type + " cannot be written");
        }
        return record;
    }

    /**
     * @param value an address
     * @return true when it is an IPv4 or IPv6 literal
     */
    static boolean isAddress(String value) {
        return IPV4.matcher(value).matches() || isIpv6(value);
    }

    private static void requireIpv4(String record, String name) {
        if (!IPV4.matcher(record).matches()) {
            throw new IllegalArgumentException(name + " of an A record set must be an IPv4 address such as 192.0.2.10,"
                    + " was '" + record + "'");
        }
    }

    private static void requireIpv6(String record, String name) {
        if (!isIpv6(record)) {
            throw new IllegalArgumentException(name + " of an AAAA record set must be an IPv6 address such as"
                    + " 2001:db8::10, was '" + record + "'");
        }
    }

    private static boolean isIpv6(String value) {
        // only a literal of these characters reaches InetAddress, which then never asks a resolver
        if (!value.contains(":") || !IPV6_CHARACTERS.matcher(value).matches()) {
            return false;
        }
        try {
            // an IPv4-mapped literal (::ffff:192.0.2.1) parses as IPv4: it is IPv6 syntax all the same
            InetAddress.getByName(value);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void mx(String record, String name) {
        String[] parts = record.split(" ", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException(name + " of an MX record set must be 'priority name.', such as"
                    + " '10 mail.example.org.', was '" + record + "'");
        }
        uint16(parts[0], name + " priority");
        DnsNames.domain(parts[1], name + " mail server");
    }

    private static void srv(String record, String name) {
        String[] parts = record.split(" ", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException(name + " of an SRV record set must be 'priority weight port target.',"
                    + " such as '10 0 5060 sip.example.org.', was '" + record + "'");
        }
        uint16(parts[0], name + " priority");
        uint16(parts[1], name + " weight");
        uint16(parts[2], name + " port");
        DnsNames.domain(parts[3], name + " target");
    }

    private static void caa(String record, String name) {
        String[] parts = record.split(" ", 3);
        if (parts.length != 3 || parts[2].isBlank()) {
            throw new IllegalArgumentException(name + " of a CAA record set must be 'flags tag value', such as"
                    + " '0 issue letsencrypt.org', was '" + record + "'");
        }
        if (!parts[0].equals("0") && !parts[0].equals("1")) {
            throw new IllegalArgumentException(name + " flags must be 0 or 1 (Designate's range), was '" + parts[0] + "'");
        }
        String tag = parts[1].toLowerCase(Locale.ROOT);
        if (!CAA_TAGS.contains(tag)) {
            throw new IllegalArgumentException(name + " tag must be issue, issuewild or iodef, was '" + parts[1] + "'");
        }
        if (tag.equals("iodef") && !parts[2].startsWith("mailto:") && !parts[2].matches("https?://.+/.*")) {
            throw new IllegalArgumentException(name + " value of an iodef tag must be a mailto: or http(s):// URL,"
                    + " was '" + parts[2] + "'");
        }
    }

    private static void sshfp(String record, String name) {
        String[] parts = record.split(" ", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException(name + " of an SSHFP record set must be 'algorithm type fingerprint',"
                    + " such as '1 2 6467a09c...', was '" + record + "'");
        }
        range(parts[0], 0, 4, name + " algorithm");
        range(parts[1], 0, 2, name + " fingerprint type");
        if (!FINGERPRINT.matcher(parts[2]).matches()) {
            throw new IllegalArgumentException(name + " fingerprint must be 10 to 40 or 64 hexadecimal digits, was '"
                    + parts[2] + "'");
        }
    }

    private static void txt(String record, String name) {
        if (record.endsWith("\\")) {
            throw new IllegalArgumentException(name + " of a TXT record set must not end with '\\'");
        }
        if (record.length() > MAX_TXT_STRING) {
            String inner = stripQuotes(record);
            if (!isQuoted(record) || !inner.contains("\" \"")) {
                throw new IllegalArgumentException(name + " is longer than " + MAX_TXT_STRING + " characters: split it"
                        + " into double-quoted strings separated by a space (\"first\" \"second\"), was "
                        + record.length() + " characters");
            }
            for (String part : inner.split("\" \"", -1)) {
                text("\"" + part + "\"", name, "TXT", true);
            }
        } else {
            text(record, name, "TXT", true);
        }
    }

    private static void spf(String record, String name) {
        text(record, name, "SPF", false);
    }

    /** Designate's rules of one character string: quoted when it holds spaces, inner quotes escaped. */
    private static void text(String value, String name, String type, boolean bounded) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " of a " + type + " record set must not be empty");
        }
        if (value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(name + " of a " + type + " record set must not hold a newline");
        }
        if (bounded && value.length() > MAX_TXT_STRING) {
            throw new IllegalArgumentException(name + ": each string of a TXT record is at most " + MAX_TXT_STRING
                    + " characters, was " + value.length());
        }
        boolean opens = value.startsWith("\"");
        boolean closes = value.length() > 1 && value.endsWith("\"");
        if (opens != closes && bounded) {
            throw new IllegalArgumentException(name + " of a " + type + " record set has a double quote at one end"
                    + " only, was " + value);
        }
        if (!opens && !closes) {
            if (value.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException(name + " of a " + type + " record set holds spaces: wrap it in"
                        + " double quotes, such as \"" + value + "\"");
            }
            return;
        }
        String inner = stripQuotes(value);
        for (int i = 0; i < inner.length(); i++) {
            if (inner.charAt(i) == '"' && (i == 0 || inner.charAt(i - 1) != '\\')) {
                throw new IllegalArgumentException(name + " of a " + type + " record set has a double quote inside"
                        + " that is not escaped with a backslash, was " + value);
            }
        }
    }

    private static boolean isQuoted(String value) {
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"");
    }

    private static String stripQuotes(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == '"') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == '"') {
            end--;
        }
        return value.substring(start, end);
    }

    private static void uint16(String value, String name) {
        range(value, 0, 65535, name);
    }

    private static void range(String value, int min, int max, String name) {
        if (!UNSIGNED.matcher(value).matches() || Long.parseLong(value) < min || Long.parseLong(value) > max) {
            throw new IllegalArgumentException(name + " must be an integer " + min + " to " + max + ", was '" + value
                    + "'");
        }
    }
}
