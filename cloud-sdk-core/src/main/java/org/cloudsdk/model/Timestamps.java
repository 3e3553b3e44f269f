package org.cloudsdk.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.cloudsdk.errors.CloudException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the timestamps OpenStack and Rackspace APIs send: ISO-8601 with an offset
 * ({@code 2025-03-01T10:00:00Z}, {@code +05:30}), with an offset without its colon ({@code +0530},
 * Rackspace's older APIs), or without any (Nova's {@code launched_at}, Python's
 * {@code str(datetime)} with a space: read as UTC).
 *
 * <p>The common shapes are read by hand: {@link DateTimeFormatter} took two fifths of the time a
 * listing of 5,000 servers spent reading its records (two timestamps a server). Anything else, and
 * anything the hand reader doubts, goes to the formatters, which decide what the value is or say
 * why it is none: the fast path accepts only what they would read to the same instant.
 *
 * <p>Thread-safe.
 */
public final class Timestamps {

    private static final DateTimeFormatter OFFSET_WITHOUT_COLON =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSSSSSSSS][.SSSSSS][.SSS]xx");

    private Timestamps() {
    }

    /**
     * @param text the timestamp
     * @param path where it is in the document, for the error
     * @return the instant it names
     * @throws CloudException when it is no timestamp of the shapes above
     */
    static Instant parse(String text, String path) {
        Instant fast = common(text);
        return fast != null ? fast : formatted(text, path);
    }

    /**
     * Reads the common shapes by hand, as record components of type {@code Instant} are read;
     * also what object storage reads Swift's listing dates ({@code 2026-11-21T13:26:45.704470})
     * with. {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits, then {@code Z}, an offset
     * {@code ±HH:MM} or {@code ±HHMM} (after a fraction of 3, 6 or 9 digits only), or nothing (UTC;
     * only then may a space stand for the {@code T}), as the formatters read them.
     *
     * @param text the text
     * @return the instant, or null when the text has another shape (or names no real time), which
     *     the caller then reads as it sees fit
     */
    public static @Nullable Instant common(String text) {
        int length = text.length();
        if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        char separator = text.charAt(10);
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((separator != 'T' && separator != ' ') || (year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        int fraction = 0;
        if (at < length && text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && at - start < 9 && isDigit(text.charAt(at))) {
                nanos = nanos * 10 + text.charAt(at++) - '0';
            }
            if (at == start || (at < length && isDigit(text.charAt(at)))) {
                return null;
            }
            fraction = at - start;
            for (int scale = fraction; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = offset(text, at);
        boolean withoutColon = length - at == 5;
        if (offsetSeconds == Integer.MIN_VALUE || (separator == ' ' && at != length)
                || (withoutColon && fraction % 3 != 0)) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** @return the offset in seconds from {@code at} to the end, or {@code Integer.MIN_VALUE} */
    private static int offset(String text, int at) {
        int rest = text.length() - at;
        if (rest == 0) {
            return 0;
        }
        char sign = text.charAt(at);
        if (rest == 1 && sign == 'Z') {
            return 0;
        }
        if ((sign != '+' && sign != '-') || (rest != 6 && rest != 5)) {
            return Integer.MIN_VALUE;
        }
        int hours = digits(text, at + 1, 2);
        boolean colon = rest == 6;
        if (colon && text.charAt(at + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        int minutes = digits(text, at + (colon ? 4 : 3), 2);
        if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    /** @return the decimal number of {@code count} digits at {@code from}, or -1 when one is no digit */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The formatters: every shape the hand reader leaves to them, and the error. */
    static Instant formatted(String text, String path) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException local) {
                try {
                    return OffsetDateTime.parse(text, OFFSET_WITHOUT_COLON).toInstant();
                } catch (DateTimeParseException e) {
                    throw new CloudException(path + ": not a timestamp: " + text, e);
                }
            }
        }
    }
}
