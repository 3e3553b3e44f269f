package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.BadRequestException;
import org.cloudsdk.errors.ClientErrorException;
import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.ForbiddenException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.OverLimitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpMethod;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Error responses of the usual OpenStack services become typed exceptions with the server's message. */
class ErrorMappingTest {

    @RegisterExtension
    static WireMockExtension server = TestCloud.server();

    private final Transport transport = Transport.builder().retrySettings(TestCloud.fastRetries()).build();

    @AfterEach
    void close() {
        transport.close();
    }

    private <T extends CloudException> T failure(Class<T> type, String service, String operation, HttpMethod method,
            ResponseDefinitionBuilder response) {
        server.stubFor(any(urlPathEqualTo("/api/thing")).willReturn(response));
        ApiRequest request = ApiRequest.builder(service, operation, method)
                .region("RegionOne")
                .baseUrl(TestCloud.baseUrl(server) + "/api")
                .path("/thing")
                .authenticated(false)
                .build();
        T error = catchThrowableOfType(type, () -> transport.execute(request, null));
        assertThat(error).as("expected %s", type.getSimpleName()).isNotNull();
        server.verify(1, anyRequestedFor(urlPathEqualTo("/api/thing")));
        return error;
    }

    @Test
    void novaItemNotFound() {
        NotFoundException missing = failure(NotFoundException.class, "compute", "getServer", HttpMethod.GET,
                aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withHeader("x-compute-request-id", "req-0c8e2a44-nova")
                        .withBody("{\"itemNotFound\": {\"message\": \"Instance 4f1e could not be found.\", \"code\": 404}}"));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.serverMessage()).isEqualTo("Instance 4f1e could not be found.");
        assertThat(missing.requestId()).isEqualTo("req-0c8e2a44-nova");
        assertThat(missing.service()).isEqualTo("compute");
        assertThat(missing.operation()).isEqualTo("getServer");
        assertThat(missing.getMessage()).isEqualTo("getServer on compute (region RegionOne) failed: HTTP 404 Not Found: "
                + "Instance 4f1e could not be found. [request id req-0c8e2a44-nova]");
    }

    @Test
    void neutronError() {
        NotFoundException missing = failure(NotFoundException.class, "network", "getNetwork", HttpMethod.GET,
                aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"NeutronError\": {\"type\": \"NetworkNotFound\", \"message\": \"Network "
                                + "9a5e could not be found.\", \"detail\": \"\"}}"));

        assertThat(missing.serverMessage()).isEqualTo("Network 9a5e could not be found.");
        assertThat(missing.getMessage()).contains("getNetwork on network").contains("Network 9a5e could not be found.");
    }

    @Test
    void swiftPlainTextNotFound() {
        NotFoundException missing = failure(NotFoundException.class, "object_store", "getObject", HttpMethod.GET,
                aResponse().withStatus(404).withHeader("Content-Type", "text/plain; charset=UTF-8")
                        .withHeader("X-Trans-Id", "tx9e3c1b7d2f8a4e6c0-0065b1c2d3")
                        .withBody("Not Found"));

        assertThat(missing.serverMessage()).isEqualTo("Not Found");
        assertThat(missing.requestId()).isEqualTo("tx9e3c1b7d2f8a4e6c0-0065b1c2d3");
    }

    @Test
    void swiftHtmlNotFound() {
        NotFoundException missing = failure(NotFoundException.class, "object_store", "getContainer", HttpMethod.GET,
                aResponse().withStatus(404).withHeader("Content-Type", "text/html; charset=UTF-8")
                        .withBody("<html><head><title>404</title></head><body><h1>Not Found</h1>"
                                + "<p>The resource could not be found.</p></body></html>"));

        assertThat(missing.serverMessage()).isEqualTo("Not Found The resource could not be found.");
    }

    @Test
    void emptyErrorBodyHasNoServerMessage() {
        NotFoundException missing = failure(NotFoundException.class, "object_store", "headObject", HttpMethod.HEAD,
                aResponse().withStatus(404));

        assertThat(missing.serverMessage()).isNull();
        assertThat(missing.getMessage()).isEqualTo("headObject on object_store (region RegionOne) failed: HTTP 404 Not Found");
    }

    @Test
    void novaBadRequest() {
        BadRequestException bad = failure(BadRequestException.class, "compute", "createServer", HttpMethod.POST,
                aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"badRequest\": {\"message\": \"Invalid flavorRef provided.\", \"code\": 400}}"));

        assertThat(bad.serverMessage()).isEqualTo("Invalid flavorRef provided.");
    }

    @Test
    void forbidden() {
        ForbiddenException forbidden = failure(ForbiddenException.class, "compute", "deleteServer", HttpMethod.DELETE,
                aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"forbidden\": {\"message\": \"Policy doesn't allow os_compute_api:servers:delete"
                                + " to be performed.\", \"code\": 403}}"));

        assertThat(forbidden.serverMessage()).startsWith("Policy doesn't allow");
    }

    @Test
    void conflict() {
        ConflictException conflict = failure(ConflictException.class, "object_store", "deleteContainer",
                HttpMethod.DELETE, aResponse().withStatus(409).withHeader("Content-Type", "text/html")
                        .withBody("<html><h1>Conflict</h1><p>There was a conflict when trying to complete your "
                                + "request.</p></html>"));

        assertThat(conflict.serverMessage()).isEqualTo(
                "Conflict There was a conflict when trying to complete your request.");
    }

    @Test
    void requestEntityTooLargeIsOverLimitWithRetryAfter() {
        OverLimitException limit = failure(OverLimitException.class, "compute", "createServer", HttpMethod.POST,
                aResponse().withStatus(413).withHeader("Retry-After", "30").withHeader("Content-Type", "application/json")
                        .withBody("{\"overLimit\": {\"message\": \"Quota exceeded for instances\", \"code\": 413}}"));

        assertThat(limit.retryAfterSeconds()).isEqualTo(30);
        assertThat(limit.serverMessage()).isEqualTo("Quota exceeded for instances");
    }

    @Test
    void zaqarTitleAndDescription() {
        ClientErrorException error = failure(ClientErrorException.class, "queues", "postMessages", HttpMethod.POST,
                aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"title\": \"Invalid API request\", \"description\": \"Message body too long\"}"));

        assertThat(error.status()).isEqualTo(422);
        assertThat(error.serverMessage()).isEqualTo("Invalid API request: Message body too long");
    }
}
