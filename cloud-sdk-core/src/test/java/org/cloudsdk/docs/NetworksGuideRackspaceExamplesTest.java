package org.cloudsdk.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.compute.NetworkAttachment;
import org.cloudsdk.network.Network;
import org.cloudsdk.network.NetworkApiType;
import org.cloudsdk.network.Networks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * Runs the Rackspace examples of {@code docs/networks.md} ({@link NetworksGuideExamples}) against
 * a WireMock Cloud Networks: a context whose catalog lists compute and no network service, so the
 * client speaks {@code os-networksv2} under compute as pyrax did, and prints what the guide shows.
 */
class NetworksGuideRackspaceExamplesTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String API = "/compute/v2.1/os-networksv2";
    private static final String MY_LAN = """
            {"cidr": "192.168.0.0/24", "id": "4c2e1ad5-af48-4039-a80a-15d1083f2a8b", "label": "my_lan"}""";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final NetworksGuideExamples examples = new NetworksGuideExamples(new PrintStream(printed, true,
            StandardCharsets.UTF_8));
    private CloudContext ctx;
    private Networks networks;

    @BeforeEach
    void connect() {
        TestCloud.stubKeystoneV3(cloud);
        ctx = TestCloud.keystoneV3(cloud).build();
        networks = ctx.networks();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private String printed() {
        String text = printed.toString(StandardCharsets.UTF_8);
        printed.reset();
        return text;
    }

    @Test
    void theChaptersListingAndCreatePrintWhatTheGuideShows() {
        cloud.stubFor(get(urlEqualTo(API)).willReturn(okJson("""
                {"networks": [{"id": "00000000-0000-0000-0000-000000000000", "label": "public"},
                              {"id": "11111111-1111-1111-1111-111111111111", "label": "private"}]}""")));
        cloud.stubFor(post(urlEqualTo(API)).willReturn(okJson("{\"network\": " + MY_LAN + "}")));

        assertThat(examples.client(ctx, "RegionOne")).isEqualTo(NetworkApiType.CLOUD_NETWORKS);
        examples.list(networks);
        assertThat(printed()).isEqualTo("[Network[id=00000000-0000-0000-0000-000000000000, label=public],"
                + " Network[id=11111111-1111-1111-1111-111111111111, label=private]]\n");

        Network network = examples.create(networks);
        assertThat(printed()).isEqualTo("New Cloud Network: Network[id=4c2e1ad5-af48-4039-a80a-15d1083f2a8b,"
                + " label=my_lan, cidr=192.168.0.0/24]\n");
        cloud.verify(1, postRequestedFor(urlEqualTo(API))
                .withRequestBody(equalToJson("{\"network\": {\"label\": \"my_lan\", \"cidr\": \"192.168.0.0/24\"}}")));

        List<List<NetworkAttachment>> pseudo = examples.pseudoNetworks(networks, network);
        NetworkAttachment myLan = NetworkAttachment.network(network.id());
        NetworkAttachment publicNet = NetworkAttachment.network(Networks.PUBLIC_NET_ID);
        NetworkAttachment serviceNet = NetworkAttachment.network(Networks.SERVICE_NET_ID);
        assertThat(pseudo).containsExactly(List.of(myLan, serviceNet), List.of(myLan, publicNet, serviceNet),
                List.of(myLan, publicNet, serviceNet));
    }

    @Test
    void theLimitAndTheNetworkInUseAreReported() {
        cloud.stubFor(post(urlEqualTo(API)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"badRequest\": {\"code\": 400, \"message\": \"Quota exceeded, too many networks.\"}}")));
        cloud.stubFor(get(urlEqualTo(API + "/4c2e1ad5-af48-4039-a80a-15d1083f2a8b"))
                .willReturn(okJson("{\"network\": " + MY_LAN + "}")));
        cloud.stubFor(delete(urlEqualTo(API + "/4c2e1ad5-af48-4039-a80a-15d1083f2a8b")).willReturn(aResponse()
                .withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"forbidden\": {\"code\": 403, \"message\": \"Network in use\"}}")));

        examples.limit(networks);
        assertThat(printed()).contains("10 per region").contains("delete one first");

        examples.inUse(networks.get("4c2e1ad5-af48-4039-a80a-15d1083f2a8b"));
        assertThat(printed()).isEqualTo("in use by []\n");
        cloud.verify(1, deleteRequestedFor(urlEqualTo(API + "/4c2e1ad5-af48-4039-a80a-15d1083f2a8b")));
    }
}
