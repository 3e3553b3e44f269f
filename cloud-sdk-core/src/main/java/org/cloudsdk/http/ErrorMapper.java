package org.cloudsdk.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.cloudsdk.errors.AuthenticationFailedException;
import org.cloudsdk.errors.BadRequestException;
import org.cloudsdk.errors.ClientErrorException;
import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.errors.ForbiddenException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.OverLimitException;
import org.cloudsdk.errors.ServerErrorException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;

/**
 * Maps an error response to the typed exception hierarchy, with the server's request id and the
 * message parsed from the usual OpenStack error bodies.
 */
public final class ErrorMapper {

    private static final List<String> REQUEST_ID_HEADERS = List.of("x-openstack-request-id", "x-trans-id",
            "x-compute-request-id", "x-request-id");
    private static final int MAX_MESSAGE = 500;

    private ErrorMapper() {
    }

    /**
     * @param headers response headers
     * @return the server's request id, or null
     */
    public static @Nullable String requestId(HttpHeaders headers) {
        for (String name : REQUEST_ID_HEADERS) {
            String value = headers.getFirst(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /**
     * @param headers response headers
     * @return the {@code Retry-After} delay (seconds or an HTTP date), or null when absent or unreadable
     */
    public static @Nullable Duration retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration delay = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return delay.isNegative() ? Duration.ZERO : delay;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /**
     * Finds the human message in an error body: Keystone's {@code {"error":{"message"}}}, Nova's
     * {@code {"itemNotFound":{"message"}}} and the like, Neutron's {@code NeutronError}, Zaqar's
     * {@code title}/{@code description}, a plain {@code message}, or the text of a plain or HTML body.
     *
     * @param body the error body, or null
     * @param contentType its content type, or null
     * @return the message, or null when the body says nothing
     */
    public static @Nullable String serverMessage(byte @Nullable [] body, @Nullable String contentType) {
        if (body == null || body.length == 0) {
            return null;
        }
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (text.startsWith("{")) {
            try {
                String found = messageOf(Json.parse(text));
                if (found != null) {
                    return truncate(found);
                }
            } catch (CloudException notJson) {
                // fall through to the text itself
            }
        }
        if (contentType != null && contentType.contains("html") || text.startsWith("<")) {
            text = text.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]+>", " ");
        }
        text = text.replaceAll("\\s+", " ").trim();
        return text.isEmpty() ? null : truncate(text);
    }

    private static @Nullable String messageOf(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        String direct = text(node, "message");
        if (direct == null) {
            direct = text(node, "faultstring");
        }
        if (direct == null && node.has("title")) {
            String title = text(node, "title");
            String description = text(node, "description");
            direct = description == null ? title : title + ": " + description;
        }
        if (direct == null) {
            direct = text(node, "detail");
        }
        if (direct != null) {
            return direct;
        }
        // {"error": {...}}, {"badRequest": {...}}, {"NeutronError": {...}}: one wrapping object
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getValue().isObject()) {
                String nested = messageOf(field.getValue());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asString() : null;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
    }

    /**
     * Builds the typed exception for an error status.
     *
     * @param request the request that failed
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the response body (possibly cut short)
     * @param attempts how many attempts were made (mentioned when more than one)
     * @return the exception to throw
     */
    public static CloudException toException(ApiRequest request, int status, HttpHeaders headers, byte[] body,
            int attempts) {
        String serverMessage = serverMessage(body, headers.getFirst(HttpHeaders.CONTENT_TYPE));
        String requestId = requestId(headers);
        ErrorDetails details = new ErrorDetails(status, request.service(), request.operation(), requestId,
                serverMessage);
        String message = describe(request, status, serverMessage, requestId, attempts);
        if (status == 400) {
            return new BadRequestException(message, details, null);
        }
        if (status == 401) {
            return new AuthenticationFailedException(message, details, null);
        }
        if (status == 403) {
            return new ForbiddenException(message, details, null);
        }
        if (status == 404) {
            return new NotFoundException(message, details, null);
        }
        if (status == 409) {
            return new ConflictException(message, details, null);
        }
        if (status == 413 || status == 429) {
            Duration retryAfter = retryAfter(headers);
            return new OverLimitException(message, details, retryAfter == null ? -1 : retryAfter.toSeconds());
        }
        if (status >= 500) {
            return new ServerErrorException(message, details, null);
        }
        return new ClientErrorException(message, details, null);
    }

    /**
     * @return a one-line description: operation, service, region, status, server message, request id
     */
    static String describe(ApiRequest request, int status, @Nullable String serverMessage, @Nullable String requestId,
            int attempts) {
        StringBuilder message = new StringBuilder(request.operation()).append(" on ").append(request.service());
        if (request.region() != null) {
            message.append(" (region ").append(request.region()).append(')');
        }
        message.append(" failed: HTTP ").append(status);
        HttpStatus known = HttpStatus.resolve(status);
        if (known != null) {
            message.append(' ').append(known.getReasonPhrase());
        }
        if (serverMessage != null) {
            message.append(": ").append(serverMessage);
        }
        if (attempts > 1) {
            message.append(" (after ").append(attempts).append(" attempts)");
        }
        if (requestId != null) {
            message.append(" [request id ").append(requestId).append(']');
        }
        return message.toString();
    }
}
