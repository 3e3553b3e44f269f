package org.cloudsdk.network;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.ServiceStub;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

/**
 * A WireMock cloud for the network request tests: Rackspace's compute endpoint
 * ({@value #COMPUTE}, whose {@code os-networksv2} is Cloud Networks) and a Neutron endpoint
 * listed without its version ({@value #NEUTRON}, requests under {@code /network/v2.0}), a fixed
 * token, and the requests received, oldest first. A request no stub answers gets WireMock's 404.
 */
final class NetworkStub extends ServiceStub {

    static final String COMPUTE = "/v2/000000";
    static final String NEUTRON = "/network";
    static final String TOKEN = "tk-networks";

    NetworkStub() {
        super(TOKEN);
    }

    /** @return a client of Rackspace Cloud Networks under the compute endpoint */
    Networks rackspace() {
        return new Networks(NetworkApiSelector.of(new CloudNetworksApi(client("compute", COMPUTE))));
    }

    /** @return a client of Neutron at {@value #NEUTRON} */
    Networks neutron() {
        return neutronAt(NEUTRON);
    }

    /** @param endpointPath the path of Neutron's catalog URL @return a client of Neutron there */
    Networks neutronAt(String endpointPath) {
        ServiceClient client = client("network", endpointPath);
        return new Networks(NetworkApiSelector.of(new NeutronNetworksApi(new Neutron(client,
                server.baseUrl() + endpointPath))));
    }

    private ServiceClient client(String service, String endpointPath) {
        return client(service, "DFW", endpointPath);
    }

    /** @param path a path of os-networksv2, such as {@code /os-networksv2} @return its full path */
    static String rax(String path) {
        return COMPUTE + path;
    }

    /** @param path a path of Neutron's API, such as {@code /networks} @return its full path */
    static String api(String path) {
        return NEUTRON + "/v2.0" + path;
    }

    /** @param pattern a request pattern @return it with the token required */
    static RequestPatternBuilder authed(RequestPatternBuilder pattern) {
        return pattern.withHeader("X-Auth-Token", equalTo(TOKEN));
    }

    /** @param status an error status @param body its JSON body @return the response */
    static ResponseDefinitionBuilder error(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
