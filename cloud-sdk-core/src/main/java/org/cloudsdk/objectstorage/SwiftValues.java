package org.cloudsdk.objectstorage;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.cloudsdk.model.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/** Reading the values Swift sends: dates in two formats, counts, quoted ETags. */
final class SwiftValues {

    /** The month names of HTTP dates, three letters each, in order. */
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private SwiftValues() {
    }

    /**
     * @param value a listing's {@code last_modified} ({@code 2026-11-21T13:26:45.704470}, UTC) or a
     *     {@code Last-Modified} header (RFC 1123), or null
     * @return the instant, or null when absent or unreadable
     */
    static @Nullable Instant date(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (Character.isDigit(value.charAt(0))) {
                // a listing page carries 10,000 of them: the hand reader, then the general parser
                Instant listed = Timestamps.common(value);
                return listed != null ? listed : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            }
            Instant header = httpDate(value);
            return header != null ? header : ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /**
     * The form every HTTP server sends, {@code Wed, 10 Oct 2012 16:06:25 GMT} (RFC 7231's
     * IMF-fixdate), read by hand: every HEAD and GET of an object carries one.
     *
     * @return the instant, or null when the value has another shape (the caller parses it then)
     */
    private static @Nullable Instant httpDate(String value) {
        if (value.length() != 29 || value.charAt(3) != ',' || value.charAt(4) != ' ' || value.charAt(7) != ' '
                || value.charAt(11) != ' ' || value.charAt(16) != ' ' || value.charAt(19) != ':'
                || value.charAt(22) != ':' || !value.endsWith(" GMT")) {
            return null;
        }
        int monthAt = MONTHS.indexOf(value.substring(8, 11));
        int day = digits(value, 5, 7);
        int year = digits(value, 12, 16);
        int hour = digits(value, 17, 19);
        int minute = digits(value, 20, 22);
        int second = digits(value, 23, 25);
        if (monthAt < 0 || monthAt % 3 != 0 || day < 1 || day > 31 || year < 0 || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        try {
            return LocalDateTime.of(year, monthAt / 3 + 1, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException impossibleDay) {
            return null;
        }
    }

    /** @return the number written in {@code value[from, to)}, or -1 when a character is not a digit */
    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /** @param headers response headers @param name a numeric header @return its value, or 0 */
    static long count(HttpHeaders headers, String name) {
        String value = headers.getFirst(name);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** @param etag an ETag, possibly quoted (large objects) @return it unquoted, or null */
    static @Nullable String etag(@Nullable String etag) {
        if (etag == null) {
            return null;
        }
        String trimmed = etag.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
