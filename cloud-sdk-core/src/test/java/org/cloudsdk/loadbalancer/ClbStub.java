package org.cloudsdk.loadbalancer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.time.Duration;

import org.cloudsdk.http.ServiceStub;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * A WireMock Cloud Load Balancers for the request tests: the endpoint {@value #ENDPOINT}
 * (Rackspace's {@code /v1.0/{account}}) on a local port, a fixed token, and the requests it
 * received, oldest first. The client waits 10 ms between status reads, so the waits of the tests
 * are short, and at most 20 s in all, which only a stuck test reaches. A request no stub answers
 * gets WireMock's 404.
 */
final class ClbStub extends ServiceStub {

    static final String ENDPOINT = "/v1.0/123456";
    static final String TOKEN = "tk-clb";
    static final LoadBalancerSettings FAST = LoadBalancerSettings.builder().waitTimeout(Duration.ofSeconds(20))
            .waitInterval(Duration.ofMillis(10)).build();

    final CloudLoadBalancers clb;

    ClbStub() {
        super(TOKEN);
        clb = new CloudLoadBalancers(client("load_balancer", "ORD", ENDPOINT), FAST);
    }

    /** @param path a path under the endpoint, such as {@code /loadbalancers} @return its full path */
    static String path(String path) {
        return ENDPOINT + path;
    }

    /** @param mapping a request @return it, asking for the client's token */
    static MappingBuilder authenticated(MappingBuilder mapping) {
        return mapping.withHeader("X-Auth-Token", equalTo(TOKEN));
    }

    /** @return an empty 202, the API's answer to most changes */
    static ResponseDefinitionBuilder accepted() {
        return aResponse().withStatus(202);
    }

    /** @param body JSON @return a 202 with it */
    static ResponseDefinitionBuilder accepted(String body) {
        return aResponse().withStatus(202).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** @return the API's "immutable" answer */
    static ResponseDefinitionBuilder immutable() {
        return aResponse().withStatus(422).withHeader("Content-Type", "application/json").withBody("""
                {"message": "Load Balancer '2000' has a status of 'PENDING_UPDATE' and is considered immutable.",
                 "code": 422}""");
    }

    /**
     * Answers the status reads of balancer {@code id} with the given status.
     *
     * @param id the balancer
     * @param status its status
     * @return this stub
     */
    ClbStub status(String id, String status) {
        server.stubFor(get(urlEqualTo(path("/loadbalancers/" + id))).willReturn(okJson(ClbFixtures.balancer(id, status))));
        return this;
    }
}
