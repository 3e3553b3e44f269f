package org.cloudsdk.dns;

/**
 * Recognizes IPv4 and IPv6 address literals without any name lookup (unlike
 * {@code InetAddress.getByName}, which would resolve a host name over the network).
 */
final class IpLiterals {

    private IpLiterals() {
    }

    /** @return whether the text is a dotted-quad IPv4 address such as {@code 192.0.2.7} */
    static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || (part.length() > 1 && part.charAt(0) == '0') || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the text is an IPv6 address such as {@code 2001:db8::7} or {@code ::ffff:192.0.2.7} */
    static boolean isIpv6(String text) {
        if (!text.contains(":") || text.contains(":::")) {
            return false;
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        int groups;
        if (gap < 0) {
            groups = groups(text, true);
            return groups == 8;
        }
        int left = gap == 0 ? 0 : groups(text.substring(0, gap), false);
        String rightText = text.substring(gap + 2);
        int right = rightText.isEmpty() ? 0 : groups(rightText, true);
        return left >= 0 && right >= 0 && left + right <= 7;
    }

    /** @return the number of 16-bit groups, an embedded IPv4 tail counting two, or -1 when malformed */
    private static int groups(String text, boolean ipv4TailAllowed) {
        String[] parts = text.split(":", -1);
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && ipv4TailAllowed && part.contains(".")) {
                if (!isIpv4(part)) {
                    return -1;
                }
                count += 2;
            } else if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(IpLiterals::isHex)) {
                return -1;
            } else {
                count++;
            }
        }
        return count;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
