package org.cloudsdk.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/**
 * The debug log of requests and responses (pyrax's {@code http_debug}). It writes at INFO on the
 * logger {@code org.cloudsdk.http.wire} when debugging is on, so that turning the setting on is
 * enough to see the traffic; every secret goes through {@link Redactor} first.
 */
final class WireLog {

    static final String LOGGER_NAME = "org.cloudsdk.http.wire";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
    private static final int MAX_BODY = 8192;

    private WireLog() {
    }

    static void request(ApiRequest request, URI uri, Map<String, List<String>> headers) {
        StringBuilder line = new StringBuilder("REQ: ").append(request.method()).append(' ')
                .append(Redactor.url(uri.toString()));
        headers.forEach((name, values) -> values.forEach(
                value -> line.append("\n  ").append(name).append(": ").append(Redactor.header(name, value))));
        RequestBody body = request.body();
        if (body instanceof RequestBody.Bytes bytes) {
            appendBody(line, bytes.content(), bytes.contentType());
        } else if (body instanceof RequestBody.Stream stream) {
            line.append("\n  [streamed body, ").append(stream.contentLength() < 0 ? "length unknown"
                    : stream.contentLength() + " bytes").append(']');
        } else if (body instanceof RequestBody.FileRegion region) {
            line.append("\n  [file body, ").append(region.contentLength()).append(" bytes]");
        }
        LOG.info(line.toString());
    }

    static void response(ApiRequest request, URI uri, int status, HttpHeaders headers, byte @Nullable [] body,
            Duration elapsed) {
        StringBuilder line = new StringBuilder("RESP: ").append(status).append(' ').append(request.method())
                .append(' ').append(Redactor.url(uri.toString())).append(" (").append(elapsed.toMillis())
                .append(" ms)");
        headers.forEach((name, values) -> values.forEach(
                value -> line.append("\n  ").append(name).append(": ").append(Redactor.header(name, value))));
        if (body != null) {
            appendBody(line, body, headers.getFirst(HttpHeaders.CONTENT_TYPE));
        } else {
            line.append("\n  [body streamed to the caller]");
        }
        LOG.info(line.toString());
    }

    static void failure(ApiRequest request, URI uri, Throwable error, Duration elapsed) {
        LOG.info("FAIL: {} {} ({} ms): {}", request.method(), Redactor.url(uri.toString()), elapsed.toMillis(),
                error.toString());
    }

    private static void appendBody(StringBuilder line, byte[] body, @Nullable String contentType) {
        if (body.length == 0) {
            return;
        }
        if (contentType != null && !isText(contentType)) {
            line.append("\n  [").append(body.length).append(" bytes of ").append(contentType).append(']');
            return;
        }
        String printable = Redactor.body(body, contentType);
        if (printable.length() > MAX_BODY) {
            printable = printable.substring(0, MAX_BODY) + "... [" + body.length + " bytes]";
        }
        line.append("\n  ").append(printable);
    }

    private static boolean isText(String contentType) {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("x-www-form-urlencoded");
    }
}
