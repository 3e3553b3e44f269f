package org.cloudsdk.autoscale;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.autoscale.AutoScaleFixtures.BASE;
import static org.cloudsdk.autoscale.AutoScaleFixtures.GROUP;
import static org.cloudsdk.autoscale.AutoScaleFixtures.GROUP_CONFIGURATION;
import static org.cloudsdk.autoscale.AutoScaleFixtures.GROUP_ID;
import static org.cloudsdk.autoscale.AutoScaleFixtures.IMAGE_ID;
import static org.cloudsdk.autoscale.AutoScaleFixtures.SECOND_GROUP_ID;
import static org.cloudsdk.autoscale.AutoScaleFixtures.SERVER_A;
import static org.cloudsdk.autoscale.AutoScaleFixtures.SERVER_B;
import static org.cloudsdk.autoscale.AutoScaleFixtures.listedGroup;
import static org.cloudsdk.autoscale.AutoScaleStub.path;

import java.util.List;
import java.util.Map;

import org.cloudsdk.compute.DiskConfig;
import org.cloudsdk.errors.ForbiddenException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.ScalingGroupNotEmptyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;

/**
 * Scaling groups (the chapter's "The Scaling Group"): the exact request of list, get, create,
 * update, updateMetadata, delete, getState, pause and resume, and what is read from the answers.
 */
class GroupRequestsTest {

    private final AutoScaleStub stub = new AutoScaleStub();
    private final AutoScale au = stub.autoscale;

    @AfterEach
    void close() {
        stub.close();
    }

    private static MappingBuilder authenticated(MappingBuilder mapping) {
        return mapping.withHeader("X-Auth-Token", equalTo(AutoScaleStub.TOKEN));
    }

    @Test
    void listFollowsTheGroupsLinksAndReadsEachGroupsState() {
        stub.server.stubFor(authenticated(get(urlEqualTo(path("/groups")))).willReturn(okJson("""
                {"groups": [%s], "groups_links": [{"href": "%s/groups?limit=1&marker=%s", "rel": "next"}]}
                """.formatted(listedGroup(GROUP_ID, "FirstTest", 3, false), BASE, GROUP_ID))));
        stub.server.stubFor(get(urlEqualTo(path("/groups?limit=1&marker=" + GROUP_ID))).willReturn(okJson("""
                {"groups": [%s], "groups_links": []}
                """.formatted(listedGroup(SECOND_GROUP_ID, "SecondTest", 2, true)))));

        List<ScalingGroup> groups = au.list();

        assertThat(stub.log()).containsExactly("GET " + path("/groups"), "GET " + path("/groups?limit=1&marker=" + GROUP_ID));
        assertThat(groups).extracting(ScalingGroup::id).containsExactly(GROUP_ID, SECOND_GROUP_ID);
        assertThat(groups).extracting(ScalingGroup::name).containsExactly("FirstTest", "SecondTest");
        GroupState first = groups.get(0).state().orElseThrow();
        assertThat(first.activeCapacity()).isEqualTo(3);
        assertThat(first.desiredCapacity()).isEqualTo(3);
        assertThat(first.paused()).isFalse();
        assertThat(groups.get(1).state().orElseThrow().paused()).isTrue();
        assertThat(groups.get(0).cooldown()).isEmpty();
    }

    @Test
    void aListingPageSizeIsSentAndCheckedFirst() {
        stub.server.stubFor(get(urlEqualTo(path("/groups?limit=50"))).willReturn(okJson("{\"groups\": [], \"groups_links\": []}")));

        assertThat(au.groups(50, null).stream().toList()).isEmpty();
        assertThatThrownBy(() -> au.groups(101, null).stream().toList()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit must be 1 to 100");
        assertThat(stub.log()).containsExactly("GET " + path("/groups?limit=50"));
    }

    @Test
    void getReadsTheConfigurationsThePoliciesAndTheState() {
        stub.server.stubFor(authenticated(get(urlEqualTo(path("/groups/" + GROUP_ID)))).willReturn(okJson(GROUP)));

        ScalingGroup group = au.get(GROUP_ID);

        assertThat(group.name()).isEqualTo("FirstTest");
        assertThat(group.cooldown()).contains(120);
        assertThat(group.minEntities()).contains(1);
        assertThat(group.maxEntities()).contains(4);
        assertThat(group.metadata()).containsExactly(Map.entry("owner", "webteam"));
        LaunchConfiguration launch = group.launchConfiguration().orElseThrow();
        assertThat(launch.serverName()).isEqualTo("rrr");
        assertThat(launch.flavorId()).isEqualTo("performance1-2");
        assertThat(launch.imageId()).isEqualTo(IMAGE_ID);
        assertThat(launch.loadBalancers()).containsExactly(new LoadBalancerTarget(175295, 80));
        assertThat(group.policies()).singleElement().satisfies(policy -> {
            assertThat(policy.name()).isEqualTo("scale up by one");
            assertThat(policy.groupId()).isEqualTo(GROUP_ID);
        });
        assertThat(group.state().orElseThrow().active()).containsExactly(SERVER_A, SERVER_B);
        assertThat(group).hasToString("ScalingGroup[id=" + GROUP_ID + ", name=FirstTest, cooldown=120, minEntities=1, maxEntities=4]");
        assertThat(group.resourceType()).isEqualTo("scaling_group");
    }

    @Test
    void anUnknownGroupIsNotFound() {
        stub.server.stubFor(get(urlEqualTo(path("/groups/nope"))).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(
                        "{\"error\": {\"code\": 404, \"type\": \"NoSuchScalingGroupError\", \"message\": \"No such scaling group\"}}")));

        assertThatThrownBy(() -> au.get("nope")).isInstanceOf(NotFoundException.class).hasMessageContaining("No such scaling group");
    }

    @Test
    void createSendsEveryParameterOfTheSeedsTable() {
        stub.server.stubFor(post(urlEqualTo(path("/groups"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(GROUP)));

        ScalingGroup group = au.create(ScalingGroupSpec.builder("MyScalingGroup")
                .cooldown(120).minEntities(2).maxEntities(16)
                .groupMetadata(Map.of("team", "web"))
                .launchConfig(LaunchConfigOptions.builder().launchConfigType("launch_server")
                        .serverName("sg_test").flavor("performance1-2").image(IMAGE_ID)
                        .diskConfig(DiskConfig.AUTO).metadata(Map.of("mykey", "myvalue"))
                        .file("/root/.motd", "hello")
                        .networks(List.of("11111111-1111-1111-1111-111111111111"))
                        .loadBalancer(1234, 80).keyName("my_key").build())
                .scalingPolicy(PolicySpec.builder("up").cooldown(60).change(1).build())
                .build());

        stub.server.verify(1, postRequestedFor(urlEqualTo(path("/groups")))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"groupConfiguration": {"name": "MyScalingGroup", "cooldown": 120, "minEntities": 2,
                                                "maxEntities": 16, "metadata": {"team": "web"}},
                         "launchConfiguration": {"type": "launch_server",
                             "args": {"server": {"name": "sg_test", "flavorRef": "performance1-2",
                                                 "imageRef": "%s", "OS-DCF:diskConfig": "AUTO",
                                                 "metadata": {"mykey": "myvalue"},
                                                 "personality": [{"path": "/root/.motd", "contents": "aGVsbG8="}],
                                                 "networks": [{"uuid": "11111111-1111-1111-1111-111111111111"}],
                                                 "key_name": "my_key"},
                                      "loadBalancers": [{"loadBalancerId": 1234, "port": 80}]}},
                         "scalingPolicies": [{"name": "up", "cooldown": 60, "change": 1, "type": "webhook"}]}
                        """.formatted(IMAGE_ID))));
        assertThat(group.id()).isEqualTo(GROUP_ID);
    }

    @Test
    void createDefaultsTheDiskConfigToManualAndSendsEmptyMetadataLoadBalancersAndPolicies() {
        stub.server.stubFor(post(urlEqualTo(path("/groups"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(GROUP)));

        au.create(ScalingGroupSpec.builder("g").cooldown(0).minEntities(0).maxEntities(0)
                .launchConfig(LaunchConfigOptions.builder().serverName("s").flavor("2").image(IMAGE_ID).build()).build());

        stub.server.verify(1, postRequestedFor(urlEqualTo(path("/groups"))).withRequestBody(equalToJson("""
                {"groupConfiguration": {"name": "g", "cooldown": 0, "minEntities": 0, "maxEntities": 0, "metadata": {}},
                 "launchConfiguration": {"type": "launch_server",
                     "args": {"server": {"name": "s", "flavorRef": "2", "imageRef": "%s", "OS-DCF:diskConfig": "MANUAL"},
                              "loadBalancers": []}},
                 "scalingPolicies": []}
                """.formatted(IMAGE_ID))));
    }

    @Test
    void updateReadsTheConfigurationAndReplacesItWithTheChanges() {
        stub.server.stubFor(get(urlEqualTo(path("/groups/" + GROUP_ID + "/config")))
                .willReturn(okJson("{\"groupConfiguration\": " + GROUP_CONFIGURATION + "}")));
        stub.server.stubFor(put(urlEqualTo(path("/groups/" + GROUP_ID + "/config"))).willReturn(aResponse().withStatus(204)));

        au.update(GROUP_ID, ScalingGroupUpdate.builder().cooldown(60).maxEntities(16).build());

        stub.server.verify(1, putRequestedFor(urlEqualTo(path("/groups/" + GROUP_ID + "/config"))).withRequestBody(equalToJson("""
                {"name": "FirstTest", "cooldown": 60, "minEntities": 1, "maxEntities": 16, "metadata": {"owner": "webteam"}}
                """)));
        assertThat(stub.log()).containsExactly("GET " + path("/groups/" + GROUP_ID + "/config"),
                "PUT " + path("/groups/" + GROUP_ID + "/config"));
    }

    @Test
    void updateWithMetadataReplacesItAndUpdateMetadataMergesIt() {
        stub.server.stubFor(get(urlEqualTo(path("/groups/" + GROUP_ID + "/config")))
                .willReturn(okJson("{\"groupConfiguration\": " + GROUP_CONFIGURATION + "}")));
        stub.server.stubFor(put(urlEqualTo(path("/groups/" + GROUP_ID + "/config"))).willReturn(aResponse().withStatus(204)));

        au.update(GROUP_ID, ScalingGroupUpdate.builder().metadata(Map.of("env", "prod")).build());
        au.updateMetadata(GROUP_ID, Map.of("env", "prod"));

        List<String> bodies = stub.requests().stream().filter(r -> r.getMethod().getName().equals("PUT"))
                .map(r -> r.getBodyAsString()).toList();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0)).contains("\"metadata\":{\"env\":\"prod\"}");
        assertThat(bodies.get(1)).contains("\"metadata\":{\"owner\":\"webteam\",\"env\":\"prod\"}");
    }

    @Test
    void anUpdateThatWouldPutTheMinimumAboveTheMaximumIsRefusedBeforeThePut() {
        stub.server.stubFor(get(urlEqualTo(path("/groups/" + GROUP_ID + "/config")))
                .willReturn(okJson("{\"groupConfiguration\": " + GROUP_CONFIGURATION + "}")));

        assertThatThrownBy(() -> au.update(GROUP_ID, ScalingGroupUpdate.builder().minEntities(5).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minEntities must be at most maxEntities, was 5 > 4");
        assertThat(stub.log()).containsExactly("GET " + path("/groups/" + GROUP_ID + "/config"));
    }

    @Test
    void deleteIsRefusedWhileTheGroupHasServersAndForcedDeletesSayForce() {
        stub.server.stubFor(delete(urlPathEqualTo(path("/groups/" + GROUP_ID))).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody(AutoScaleFixtures.NOT_EMPTY)));
        stub.server.stubFor(delete(urlEqualTo(path("/groups/" + GROUP_ID + "?force=true"))).willReturn(aResponse().withStatus(204)));

        assertThatThrownBy(() -> au.delete(GROUP_ID)).isInstanceOf(ScalingGroupNotEmptyException.class)
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("set minEntities and maxEntities to 0")
                .hasMessageContaining("still has entities");
        au.delete(GROUP_ID, true);

        assertThat(stub.log()).containsExactly("DELETE " + path("/groups/" + GROUP_ID),
                "DELETE " + path("/groups/" + GROUP_ID + "?force=true"));
    }

    @Test
    void anotherRefusalOfADeleteStaysAForbiddenException() {
        stub.server.stubFor(delete(urlEqualTo(path("/groups/" + GROUP_ID))).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": 403, \"message\": \"observer role\"}}")));

        assertThatThrownBy(() -> au.delete(GROUP_ID)).isInstanceOf(ForbiddenException.class)
                .isNotInstanceOf(ScalingGroupNotEmptyException.class);
    }

    @Test
    void deleteOfAnEmptyGroupSucceeds() {
        stub.server.stubFor(delete(urlEqualTo(path("/groups/" + GROUP_ID))).willReturn(aResponse().withStatus(204)));

        au.delete(GROUP_ID);

        stub.server.verify(1, deleteRequestedFor(urlEqualTo(path("/groups/" + GROUP_ID))));
    }

    @Test
    void getStateReadsTheActiveServersAndTheCapacities() {
        stub.server.stubFor(get(urlEqualTo(path("/groups/" + GROUP_ID + "/state"))).willReturn(okJson(AutoScaleFixtures.STATE)));

        GroupState state = au.getState(GROUP_ID);

        assertThat(state.active()).containsExactly(SERVER_A, SERVER_B);
        assertThat(state.activeCapacity()).isEqualTo(2);
        assertThat(state.desiredCapacity()).isEqualTo(3);
        assertThat(state.pendingCapacity()).isEqualTo(1);
        assertThat(state.paused()).isFalse();
        assertThat(state.status()).contains("ACTIVE");
        assertThat(state.json().path("name").asString()).isEqualTo("FirstTest");
    }

    @Test
    void pauseAndResumePostToTheirPaths() {
        stub.server.stubFor(post(urlEqualTo(path("/groups/" + GROUP_ID + "/pause"))).willReturn(aResponse().withStatus(204)));
        stub.server.stubFor(post(urlEqualTo(path("/groups/" + GROUP_ID + "/resume"))).willReturn(aResponse().withStatus(204)));
        stub.server.stubFor(get(urlEqualTo(path("/groups/" + GROUP_ID))).willReturn(okJson(GROUP)));

        ScalingGroup group = au.get(GROUP_ID);
        group.pause();
        group.resume();

        assertThat(stub.log()).containsExactly("GET " + path("/groups/" + GROUP_ID),
                "POST " + path("/groups/" + GROUP_ID + "/pause"), "POST " + path("/groups/" + GROUP_ID + "/resume"));
    }

    @Test
    void reloadReadsTheGroupAgain() {
        stub.server.stubFor(get(urlEqualTo(path("/groups/" + GROUP_ID))).willReturn(okJson(GROUP)));

        ScalingGroup listed = new ScalingGroup(au, tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("id", GROUP_ID));
        ScalingGroup reloaded = listed.reload();

        assertThat(reloaded).isEqualTo(listed);
        assertThat(reloaded.cooldown()).contains(120);
    }

    @Test
    void theHealthCheckReadsOneGroupAtMost() {
        stub.server.stubFor(get(urlEqualTo(path("/groups?limit=1"))).willReturn(okJson("{\"groups\": [], \"groups_links\": []}")));

        Map<String, Object> details = AutoScale.SERVICE.checkHealth(au).block();

        assertThat(details).containsEntry("region", "DFW").containsEntry("interface", "public");
        assertThat(stub.log()).containsExactly("GET " + path("/groups?limit=1"));
        assertThat(AutoScale.SERVICE.name()).isEqualTo("autoscale");
        assertThat(AutoScale.SERVICE.type()).isEqualTo(org.cloudsdk.identity.ServiceType.AUTOSCALE);
    }
}
