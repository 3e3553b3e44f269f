package org.cloudsdk.identity;

import java.util.Objects;

import org.cloudsdk.errors.AuthenticationFailedException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.Transport;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;

/**
 * How identity providers talk to the identity service: through the context's one transport
 * (timeouts, retries, debug log with secrets redacted), without a token.
 */
public final class IdentityHttp {

    private final Transport transport;

    /**
     * @param transport the context's transport
     */
    public IdentityHttp(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport must not be null");
    }

    /**
     * POSTs a JSON document to the identity service. Asking for a token has no side effect a
     * second request could repeat, so the call is retried like an idempotent one.
     *
     * @param url the absolute URL
     * @param operation the operation name (metrics, errors)
     * @param body the JSON body
     * @return the response
     */
    public ApiResponse postJson(String url, String operation, JsonNode body) {
        ApiRequest request = ApiRequest.builder("identity", operation, HttpMethod.POST)
                .baseUrl(url)
                .jsonBody(Json.write(body))
                .authenticated(false)
                .idempotent(true)
                .build();
        return transport.execute(request, null);
    }

    /**
     * Rewrites an authentication failure so that it says who failed where, and never what secret
     * was sent.
     *
     * @param failure the transport's failure
     * @param who the user name or credential id
     * @param where the identity URL
     * @return the exception to throw
     */
    public static AuthenticationFailedException authenticationFailed(AuthenticationFailedException failure,
            String who, String where) {
        String server = failure.serverMessage() == null ? "" : ": " + failure.serverMessage();
        String id = failure.requestId() == null ? "" : " [request id " + failure.requestId() + "]";
        return new AuthenticationFailedException("authentication of " + who + " at " + where
                + " was refused (HTTP 401)" + server + id, failure.details(), failure);
    }
}
