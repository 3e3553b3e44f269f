package org.cloudsdk.objectstorage;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpHeaders;

/** Reading the values Swift sends: dates in two formats, counts, quoted ETags. */
final class SwiftValues {

    private SwiftValues() {
    }

    /**
     * @param value a listing's {@code last_modified} ({@code 2026-11-21T13:26:45.704470}, UTC) or a
     *     {@code Last-Modified} header (RFC 1123), or null
     * @return the instant, or null when absent or unreadable
     */
    static Instant date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (Character.isDigit(value.charAt(0))) {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            }
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
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
    static String etag(String etag) {
        if (etag == null) {
            return null;
        }
        String trimmed = etag.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
