package org.cloudsdk.autoscale;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudsdk.autoscale.AutoScaleFixtures.GROUP_ID;
import static org.cloudsdk.autoscale.AutoScaleFixtures.IMAGE_ID;
import static org.cloudsdk.autoscale.AutoScaleFixtures.LAUNCH_CONFIGURATION;
import static org.cloudsdk.autoscale.AutoScaleStub.path;

import java.util.Map;

import org.cloudsdk.compute.DiskConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Launch configurations (the chapter's "Launch Configurations"): get, update keeping what is not
 * changed, and updateLaunchMetadata merging the servers' metadata.
 */
class LaunchConfigRequestsTest {

    private static final String LAUNCH = path("/groups/" + GROUP_ID + "/launch");

    private final AutoScaleStub stub = new AutoScaleStub();
    private final AutoScale au = stub.autoscale;

    @BeforeEach
    void stubs() {
        stub.server.stubFor(get(urlEqualTo(LAUNCH)).willReturn(okJson("{\"launchConfiguration\": " + LAUNCH_CONFIGURATION + "}")));
        stub.server.stubFor(put(urlEqualTo(LAUNCH)).willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void close() {
        stub.close();
    }

    @Test
    void getLaunchConfigReadsTheSeedsFields() {
        LaunchConfiguration launch = au.getLaunchConfig(GROUP_ID);

        assertThat(launch.type()).isEqualTo("launch_server");
        assertThat(launch.serverName()).isEqualTo("rrr");
        assertThat(launch.flavorId()).isEqualTo("performance1-2");
        assertThat(launch.imageId()).isEqualTo(IMAGE_ID);
        assertThat(launch.diskConfig()).contains(DiskConfig.AUTO);
        assertThat(launch.metadata()).containsExactly(Map.entry("somekey", "somevalue"));
        assertThat(launch.personalityPaths()).isEmpty();
        assertThat(launch.networks()).containsExactly("11111111-1111-1111-1111-111111111111");
        assertThat(launch.loadBalancers()).containsExactly(new LoadBalancerTarget(175295, 80));
        assertThat(launch.keyName()).isEmpty();
        assertThat(stub.log()).containsExactly("GET " + LAUNCH);
    }

    @Test
    void updateLaunchConfigChangesTheImageAndKeepsTheRest() {
        au.updateLaunchConfig(GROUP_ID, LaunchConfigOptions.builder().image("new-image").build());

        stub.server.verify(1, putRequestedFor(urlEqualTo(LAUNCH)).withRequestBody(equalToJson("""
                {"type": "launch_server",
                 "args": {"server": {"flavorRef": "performance1-2", "name": "rrr", "imageRef": "new-image",
                                     "OS-DCF:diskConfig": "AUTO", "metadata": {"somekey": "somevalue"},
                                     "personality": [],
                                     "networks": [{"uuid": "11111111-1111-1111-1111-111111111111"}]},
                          "loadBalancers": [{"loadBalancerId": 175295, "port": 80}]}}
                """)));
        assertThat(stub.log()).containsExactly("GET " + LAUNCH, "PUT " + LAUNCH);
    }

    @Test
    void updateLaunchConfigReplacesMetadataAndLoadBalancersWhenGiven() {
        au.updateLaunchConfig(GROUP_ID, LaunchConfigOptions.builder().metadata(Map.of("a", "b"))
                .loadBalancer(99, 8080).diskConfig(DiskConfig.MANUAL).serverName("web").flavor("general1-1").build());

        stub.server.verify(1, putRequestedFor(urlEqualTo(LAUNCH)).withRequestBody(equalToJson("""
                {"type": "launch_server",
                 "args": {"server": {"flavorRef": "general1-1", "name": "web", "imageRef": "%s",
                                     "OS-DCF:diskConfig": "MANUAL", "metadata": {"a": "b"},
                                     "personality": [],
                                     "networks": [{"uuid": "11111111-1111-1111-1111-111111111111"}]},
                          "loadBalancers": [{"loadBalancerId": 99, "port": 8080}]}}
                """.formatted(IMAGE_ID))));
    }

    @Test
    void updateLaunchMetadataMergesTheServersMetadata() {
        au.updateLaunchMetadata(GROUP_ID, Map.of("newkey", "newvalue"));

        stub.server.verify(1, putRequestedFor(urlEqualTo(LAUNCH)).withRequestBody(equalToJson("""
                {"type": "launch_server",
                 "args": {"server": {"flavorRef": "performance1-2", "name": "rrr", "imageRef": "%s",
                                     "OS-DCF:diskConfig": "AUTO",
                                     "metadata": {"somekey": "somevalue", "newkey": "newvalue"},
                                     "personality": [],
                                     "networks": [{"uuid": "11111111-1111-1111-1111-111111111111"}]},
                          "loadBalancers": [{"loadBalancerId": 175295, "port": 80}]}}
                """.formatted(IMAGE_ID))));
    }
}
