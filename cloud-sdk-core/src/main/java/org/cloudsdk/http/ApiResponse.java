package org.cloudsdk.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.HttpHeaders;

import tools.jackson.databind.JsonNode;

/**
 * A response read whole into memory (JSON documents, listings, empty bodies). Large content is
 * streamed through {@link Transport#exchange(ApiRequest, AuthSession, ResponseReader)} instead.
 *
 * @param status the HTTP status
 * @param headers the response headers (read-only)
 * @param body the body, empty when there was none
 */
public record ApiResponse(int status, HttpHeaders headers, byte[] body) {

    /**
     * @param name a header name, any case
     * @return its first value, if present
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.getFirst(name));
    }

    /** @return the body as UTF-8 text */
    public String bodyAsString() {
        return bodyAsString(StandardCharsets.UTF_8);
    }

    /** @param charset the body's charset @return the body as text */
    public String bodyAsString(Charset charset) {
        return new String(body, charset);
    }

    /**
     * @return the body parsed as JSON
     * @throws org.cloudsdk.errors.CloudException when it is not JSON
     */
    public JsonNode json() {
        return Json.parse(body);
    }
}
