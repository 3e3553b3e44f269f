package org.cloudsdk.dns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.time.Duration;

import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.ServiceStub;

import com.github.tomakehurst.wiremock.client.MappingBuilder;

/**
 * A WireMock Cloud DNS endpoint ({@value #ENDPOINT}, as Rackspace's catalog writes it, on a local
 * port) with a fixed token, and the job cycle of its mutations: a stubbed mutation answers 202
 * with a job, and the job's status answers COMPLETED with the given response. A request no stub
 * answers gets WireMock's 404, so an unexpected request fails the test.
 */
final class DnsStub extends ServiceStub {

    static final String ENDPOINT = "/v1.0/000000";
    static final String TOKEN = "tk-dns";
    /** What the tests' clients wait: polls 10 ms apart, 2 s at most. */
    static final DnsSettings FAST = DnsSettings.builder().delay(Duration.ofMillis(10)).timeout(Duration.ofSeconds(2))
            .build();

    DnsStub() {
        super(TOKEN);
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
        return client("dns", null, ENDPOINT);
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
}
