package org.cloudsdk.network;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A network address range in CIDR notation, checked before any request: an IPv4
 * ({@code 192.168.0.0/24}) or IPv6 ({@code fd00:10::/64}) network address, its prefix length, no
 * host bits set (both clouds refuse {@code 192.168.0.1/24}), and room for two hosts or more
 * (Rackspace: "Networks must contain two or more hosts"), so a prefix of at most /30 or /126.
 * Parsed by hand: the text never reaches a name resolver.
 */
final class Cidr {

    /** The longest IPv4 prefix that leaves two hosts. */
    static final int MAX_IPV4_PREFIX = 30;
    /** The longest IPv6 prefix that leaves two hosts. */
    static final int MAX_IPV6_PREFIX = 126;

    private final String text;
    private final int ipVersion;
    private final int prefix;

    private Cidr(String text, int ipVersion, int prefix) {
        this.text = text;
        this.ipVersion = ipVersion;
        this.prefix = prefix;
    }

    /**
     * @param value the CIDR
     * @param parameter the parameter's name, for the message
     * @return the checked CIDR
     * @throws IllegalArgumentException naming the parameter and what was expected
     */
    static Cidr parse(@Nullable String value, String parameter) {
        return parse(value, parameter, true);
    }

    /**
     * An address prefix that needs no room for hosts, such as a security group rule's
     * {@code 0.0.0.0/0} or {@code 203.0.113.7/32}: the syntax and the prefix length are checked.
     *
     * @param value the prefix
     * @param parameter the parameter's name, for the message
     * @return the checked prefix
     * @throws IllegalArgumentException naming the parameter and what was expected
     */
    static Cidr prefix(@Nullable String value, String parameter) {
        return parse(value, parameter, false);
    }

    private static Cidr parse(@Nullable String value, String parameter, boolean network) {
        Objects.requireNonNull(value, parameter + " must not be null");
        String text = value.trim();
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            throw invalid(parameter, value, "expected an address and a prefix length, such as 192.168.0.0/24");
        }
        String address = text.substring(0, slash);
        String length = text.substring(slash + 1);
        byte[] bytes = address.contains(":") ? ipv6(address) : ipv4(address);
        if (bytes == null) {
            throw invalid(parameter, value, "'" + address + "' is not an IPv4 or IPv6 address");
        }
        int bits = bytes.length * 8;
        int max = bytes.length == 4 ? MAX_IPV4_PREFIX : MAX_IPV6_PREFIX;
        if (!length.matches("[0-9]{1,3}") || Integer.parseInt(length) > bits) {
            throw invalid(parameter, value, "the prefix length must be 0 to " + bits);
        }
        int prefix = Integer.parseInt(length);
        if (network && prefix > max) {
            throw new IllegalArgumentException(parameter + " '" + value + "' is too small: a network must contain two"
                    + " or more hosts, so its prefix length must be at most /" + max);
        }
        BigInteger number = new BigInteger(1, bytes);
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        if (network && !number.and(hostMask).equals(BigInteger.ZERO)) {
            throw invalid(parameter, value, "host bits are set; the network is " + format(number.andNot(hostMask),
                    bytes.length) + "/" + prefix);
        }
        return new Cidr(address + "/" + prefix, bytes.length == 4 ? 4 : 6, prefix);
    }

    /** @return the CIDR as given, trimmed */
    String text() {
        return text;
    }

    /** @return 4 or 6 */
    int ipVersion() {
        return ipVersion;
    }

    /** @return the prefix length */
    int prefix() {
        return prefix;
    }

    @Override
    public String toString() {
        return text;
    }

    private static IllegalArgumentException invalid(String parameter, String value, String why) {
        return new IllegalArgumentException(parameter + " '" + value + "' is not a valid CIDR: " + why);
    }

    private static byte @Nullable [] ipv4(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            // no leading zeros: 010 reads as octal to some tools and decimal to others
            if (!parts[i].matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(parts[i]) > 255) {
                return null;
            }
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return bytes;
    }

    private static byte @Nullable [] ipv6(String address) {
        int gap = address.indexOf("::");
        if (gap >= 0 && address.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap < 0 ? address : address.substring(0, gap);
        String tail = gap < 0 ? "" : address.substring(gap + 2);
        int[] headGroups = groups(head, gap < 0);
        int[] tailGroups = groups(tail, true);
        if (headGroups == null || tailGroups == null) {
            return null;
        }
        int count = headGroups.length + tailGroups.length;
        if (gap < 0 ? count != 8 : count > 7) {
            return null;
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < headGroups.length; i++) {
            put(bytes, i, headGroups[i]);
        }
        for (int i = 0; i < tailGroups.length; i++) {
            put(bytes, 8 - tailGroups.length + i, tailGroups[i]);
        }
        return bytes;
    }

    /** @return the 16-bit groups of one side of {@code ::}, the last may be dotted IPv4; null if malformed */
    private static int @Nullable [] groups(String side, boolean mayEndInIpv4) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        boolean dotted = mayEndInIpv4 && parts[parts.length - 1].contains(".");
        int[] groups = new int[parts.length + (dotted ? 1 : 0)];
        for (int i = 0; i < parts.length; i++) {
            if (dotted && i == parts.length - 1) {
                byte[] v4 = ipv4(parts[i]);
                if (v4 == null) {
                    return null;
                }
                groups[i] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                groups[i + 1] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
            } else if (parts[i].matches("[0-9a-fA-F]{1,4}")) {
                groups[i] = Integer.parseInt(parts[i], 16);
            } else {
                return null;
            }
        }
        return groups;
    }

    private static void put(byte[] bytes, int group, int value) {
        bytes[group * 2] = (byte) (value >> 8);
        bytes[group * 2 + 1] = (byte) value;
    }

    private static String format(BigInteger number, int length) {
        byte[] raw = number.toByteArray();
        byte[] bytes = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, bytes, length - copy, copy);
        try {
            // from bytes: no lookup
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
