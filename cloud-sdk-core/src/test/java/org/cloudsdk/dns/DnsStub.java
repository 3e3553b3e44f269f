package org.cloudsdk.dns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloudsdk.http.AuthSession;
import org.cloudsdk.http.FixedTokenSession;
import org.cloudsdk.http.RetrySettings;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import reactor.core.publisher.Mono;

/**
 * A WireMock Cloud DNS endpoint ({@value #ENDPOINT}, as Rackspace's catalog writes it, on a local
 * port) with a fixed token, and the job cycle of its mutations: a stubbed mutation answers 202
 * with a job, and the job's status answers COMPLETED with the given response. A request no stub
 * answers gets WireMock's 404, so an unexpected request fails the test.
 */
final class DnsStub implements AutoCloseable {

    static final String ENDPOINT = "/v1.0/000000";
    static final String TOKEN = "tk-dns";
    /** What the tests' clients wait: polls 10 ms apart, 2 s at most. */
    static final DnsSettings FAST = DnsSettings.builder().delay(Duration.ofMillis(10)).timeout(Duration.ofSeconds(2))
            .build();

    private static final AuthSession FIXED_TOKEN = new FixedTokenSession(TOKEN);

    final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final Transport transport;

    DnsStub() {
        server.start();
        // one attempt: a retried request would show up twice in what the tests count
        transport = Transport.builder().retrySettings(new RetrySettings(1, Duration.ofMillis(5), 2.0,
                Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(5))).build();
    }

    /** @return a client of the stub that polls fast */
    CloudDns dns() {
        return dns(FAST);
    }

    /** @param settings how it waits for jobs @return a client of the stub */
    CloudDns dns(DnsSettings settings) {
        return new CloudDns(serviceClient(), settings);
    }

    /** @return the endpoint-bound client of the stub, region-less as Cloud DNS's catalog entry */
    ServiceClient serviceClient() {
        return new ServiceClient(transport, FIXED_TOKEN, "dns", null, "public",
                () -> Mono.just(server.baseUrl() + ENDPOINT));
    }

    /** @param path a path under the endpoint, such as {@code /domains} @return its full path */
    static String path(String path) {
        return ENDPOINT + path;
    }

    /**
     * Answers a mutation with a RUNNING job whose status is COMPLETED with this response.
     *
     * @param mutation the mutation's stub
     * @param jobId the job's id
     * @param response the job's {@code response}, or null for a job without one
     */
    void job(MappingBuilder mutation, String jobId, String response) {
        server.stubFor(mutation.willReturn(accepted(jobId)));
        server.stubFor(get(urlEqualTo(status(jobId))).willReturn(okJson(DnsFixtures.job(jobId, "COMPLETED",
                response))));
    }

    /** @param jobId a job @return the path of its detailed status */
    static String status(String jobId) {
        return path("/status/" + jobId + "?showDetails=true");
    }

    /** @param jobId a job @return the service's 202 answer to a mutation */
    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder accepted(String jobId) {
        return aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                .withBody(DnsFixtures.job(jobId, "RUNNING", null));
    }

    /** @return "METHOD url" of every request received, oldest first */
    List<String> log() {
        List<LoggedRequest> all = new ArrayList<>(server.getAllServeEvents().stream()
                .map(event -> event.getRequest()).map(LoggedRequest.class::cast).toList());
        Collections.reverse(all);
        return all.stream().map(r -> r.getMethod() + " " + r.getUrl()).toList();
    }

    @Override
    public void close() {
        server.stop();
        transport.close();
    }
}
