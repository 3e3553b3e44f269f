package org.cloudsdk.octavia;

import java.util.regex.Pattern;

/**
 * Tells IP address literals and CIDRs apart from other text without any name lookup
 * ({@code InetAddress.getByName} would ask DNS about text that is not a literal).
 */
final class IpLiterals {

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
    private static final Pattern GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

    private IpLiterals() {
    }

    static boolean isAddress(String text) {
        return isIpv4(text) || isIpv6(text);
    }

    static boolean isCidr(String text) {
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            return false;
        }
        String address = text.substring(0, slash);
        String length = text.substring(slash + 1);
        if (!length.matches("[0-9]{1,3}")) {
            return false;
        }
        int prefix = Integer.parseInt(length);
        return isIpv4(address) ? prefix <= 32 : isIpv6(address) && prefix <= 128;
    }

    static boolean isIpv4(String text) {
        return IPV4.matcher(text).matches();
    }

    static boolean isIpv6(String text) {
        if (!text.contains(":")) {
            return false;
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        String[] head = split(gap < 0 ? text : text.substring(0, gap));
        String[] tail = gap < 0 ? new String[0] : split(text.substring(gap + 2));
        int groups = 0;
        String[][] sides = {head, tail};
        for (int side = 0; side < 2; side++) {
            String[] parts = sides[side];
            for (int i = 0; i < parts.length; i++) {
                boolean last = side == (tail.length > 0 || gap >= 0 ? 1 : 0) && i == parts.length - 1;
                if (last && parts[i].contains(".") && isIpv4(parts[i])) {
                    groups += 2;
                } else if (GROUP.matcher(parts[i]).matches()) {
                    groups++;
                } else {
                    return false;
                }
            }
        }
        return gap < 0 ? groups == 8 : groups <= 7;
    }

    private static String[] split(String side) {
        return side.isEmpty() ? new String[0] : side.split(":", -1);
    }
}
