package org.cloudsdk.monitoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.monitoring.MonitoringFixtures.ENTITY;
import static org.cloudsdk.monitoring.MonitoringFixtures.ENTITY_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.page;
import static org.cloudsdk.monitoring.MonitoringStub.path;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Entities (the chapter's "Create an Entity"): the exact requests of create (201 without a body,
 * the id read from {@code X-Object-ID} or {@code Location}, then read back), list with paging by
 * {@code metadata.next_marker}, get, update, delete, the account read, and every limit refused
 * before any request.
 */
class EntityRequestsTest {

    private final MonitoringStub stub = new MonitoringStub();
    private final CloudMonitoring cm = stub.monitoring;

    @AfterEach
    void close() {
        stub.close();
    }

    @Test
    void createEntitySendsTheSeedsBodyAndReadsTheEntityBack() {
        stub.created("/entities", ENTITY_ID);
        stub.getReturns("/entities/" + ENTITY_ID, ENTITY);

        Entity ent = cm.createEntity("sample_entity", EntityOptions.builder()
                .ipAddresses(Map.of("example", "192.0.2.34"))
                .metadata(Map.of("description", "Just a test entity")).build());

        stub.server.verify(1, postRequestedFor(urlEqualTo(path("/entities")))
                .withHeader("X-Auth-Token", equalTo(MonitoringStub.TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"label": "sample_entity", "ip_addresses": {"example": "192.0.2.34"},
                         "metadata": {"description": "Just a test entity"}}""")));
        stub.server.verify(1, getRequestedFor(urlEqualTo(path("/entities/" + ENTITY_ID))));
        assertThat(ent.id()).isEqualTo(ENTITY_ID);
        assertThat(ent.label()).isEqualTo("sample_entity").isEqualTo(ent.name());
        assertThat(ent.ipAddresses()).containsExactly(Map.entry("example", "192.0.2.34"));
        assertThat(ent.metadata()).containsExactly(Map.entry("description", "Just a test entity"));
        assertThat(ent.agentId()).isEmpty();
        assertThat(ent.managed()).isFalse();
        assertThat(ent.createdAt()).contains(Instant.ofEpochMilli(1326394448414L));
        assertThat(ent.attribute("created_at")).contains(1326394448414L);
    }

    @Test
    void aCreateWithOnlyALabelSendsOnlyTheLabelAndAnAgent() {
        stub.created("/entities", ENTITY_ID);
        stub.getReturns("/entities/" + ENTITY_ID, ENTITY);

        cm.createEntity("bare");
        cm.createEntity("with agent", EntityOptions.builder().agentId("agent-one").ipAddress("v6", "2001:db8::1").build());

        stub.server.verify(1, postRequestedFor(urlEqualTo(path("/entities")))
                .withRequestBody(equalToJson("{\"label\": \"bare\"}")));
        stub.server.verify(1, postRequestedFor(urlEqualTo(path("/entities"))).withRequestBody(equalToJson(
                "{\"label\": \"with agent\", \"agent_id\": \"agent-one\", \"ip_addresses\": {\"v6\": \"2001:db8::1\"}}")));
    }

    @Test
    void theCreatedIdComesFromTheLocationWhenThereIsNoObjectId() {
        stub.server.stubFor(post(urlEqualTo(path("/entities"))).willReturn(aResponse().withStatus(201)
                .withHeader("Location", "https://monitoring.api.rackspacecloud.com/v1.0/010101/entities/enn14Ch5mc")));
        stub.getReturns("/entities/enn14Ch5mc", ENTITY.replace(ENTITY_ID, "enn14Ch5mc"));

        assertThat(cm.createEntity("from location").id()).isEqualTo("enn14Ch5mc");
        assertThat(stub.log()).containsExactly("POST " + path("/entities"), "GET " + path("/entities/enn14Ch5mc"));
    }

    @Test
    void aCreateAnsweredWithoutAnIdFails() {
        stub.server.stubFor(post(urlEqualTo(path("/entities"))).willReturn(aResponse().withStatus(201)));

        assertThatThrownBy(() -> cm.createEntity("lost")).isInstanceOf(CloudException.class)
                .hasMessageContaining("X-Object-ID").hasMessageContaining("Location");
    }

    @Test
    void listEntitiesFollowsNextMarkerAcrossPages() {
        String second = ENTITY.replace(ENTITY_ID, "enBBBB").replace("sample_entity", "second");
        stub.getReturns("/entities?limit=1", page(ENTITY, "enBBBB"));
        stub.getReturns("/entities?limit=1&marker=enBBBB", page(second));
        stub.getReturns("/entities", page(ENTITY + "," + second));

        assertThat(cm.entities(1, null).stream().map(Entity::label)).containsExactly("sample_entity", "second");
        assertThat(cm.listEntities()).extracting(Entity::id).containsExactly(ENTITY_ID, "enBBBB");
        assertThat(stub.log()).containsExactly("GET " + path("/entities?limit=1"),
                "GET " + path("/entities?limit=1&marker=enBBBB"), "GET " + path("/entities"));
    }

    @Test
    void getReloadUpdateAndDelete() {
        stub.getReturns("/entities/" + ENTITY_ID, ENTITY);
        stub.noContent("PUT", "/entities/" + ENTITY_ID);
        stub.noContent("DELETE", "/entities/" + ENTITY_ID);

        Entity ent = cm.getEntity(ENTITY_ID);
        assertThat(ent.reload()).isEqualTo(ent);
        ent.update(EntityUpdate.builder().metadata(Map.of("owner", "ops")).agentId("agent-two").build());
        cm.updateEntity(ENTITY_ID, EntityUpdate.builder().label("renamed").ipAddresses(Map.of("default", "192.0.2.1"))
                .build());
        ent.delete();

        stub.server.verify(1, putRequestedFor(urlEqualTo(path("/entities/" + ENTITY_ID))).withRequestBody(equalToJson(
                "{\"metadata\": {\"owner\": \"ops\"}, \"agent_id\": \"agent-two\"}")));
        stub.server.verify(1, putRequestedFor(urlEqualTo(path("/entities/" + ENTITY_ID))).withRequestBody(equalToJson(
                "{\"label\": \"renamed\", \"ip_addresses\": {\"default\": \"192.0.2.1\"}}")));
        stub.server.verify(1, deleteRequestedFor(urlEqualTo(path("/entities/" + ENTITY_ID))));
        assertThat(stub.log()).hasSize(5);
    }

    @Test
    void aMissingEntityIsNotFound() {
        stub.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(path("/entities/enGone")))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(
                        "{\"type\": \"notFoundError\", \"code\": 404, \"message\": \"Object does not exist\","
                                + " \"details\": \"Object \\\"Entity\\\" with key \\\"enGone\\\" does not exist\"}")));

        assertThatThrownBy(() -> cm.getEntity("enGone")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Object does not exist");
    }

    @Test
    void getAccountReadsTheAccount() {
        stub.getReturns("/account", "{\"id\": \"someId\", \"metadata\": {\"key\": \"aValue\"}, \"webhook_token\": \"token12345\"}");

        assertThat(cm.getAccount().path("webhook_token").asString()).isEqualTo("token12345");
    }

    @Test
    void theHealthCheckReadsTheAccount() {
        stub.getReturns("/account", "{\"id\": \"someId\"}");

        Map<String, Object> details = CloudMonitoring.SERVICE.checkHealth(cm).block();

        assertThat(details).containsEntry("interface", "public").containsKey("region");
        assertThat(stub.log()).containsExactly("GET " + path("/account"));
        assertThat(CloudMonitoring.SERVICE.name()).isEqualTo("monitor");
        assertThat(CloudMonitoring.SERVICE.catalogTypes()).containsExactly("rax:monitor");
    }

    @Test
    void entityLimitsAreRefusedBeforeAnyRequest() {
        Map<String, String> tooMany = new LinkedHashMap<>();
        for (int i = 0; i < 65; i++) {
            tooMany.put("a" + i, "192.0.2." + i);
        }
        Map<String, String> tooMuchMetadata = new LinkedHashMap<>();
        for (int i = 0; i < 257; i++) {
            tooMuchMetadata.put("k" + i, "v");
        }
        assertThatThrownBy(() -> cm.createEntity("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label must be 1 to 255 characters");
        assertThatThrownBy(() -> cm.createEntity("x".repeat(256))).hasMessageContaining("label must be 1 to 255");
        assertThatThrownBy(() -> EntityOptions.builder().ipAddress("example", "1.2.34").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ipAddresses['example']")
                .hasMessageContaining("IPv4 or IPv6");
        assertThatThrownBy(() -> EntityOptions.builder().ipAddress("host", "www.example.com").build())
                .hasMessageContaining("IPv4 or IPv6");
        assertThatThrownBy(() -> EntityOptions.builder().ipAddress("bad6", "2001:db8:::1").build())
                .hasMessageContaining("IPv4 or IPv6");
        assertThatThrownBy(() -> EntityOptions.builder().ipAddress("a".repeat(65), "192.0.2.1").build())
                .hasMessageContaining("ipAddresses alias must be 1 to 64");
        assertThatThrownBy(() -> EntityOptions.builder().ipAddresses(tooMany).build())
                .hasMessageContaining("at most 64 addresses");
        assertThatThrownBy(() -> EntityOptions.builder().metadata(tooMuchMetadata).build())
                .hasMessageContaining("at most 256 pairs");
        assertThatThrownBy(() -> EntityOptions.builder().metadata(Map.of("k", "v".repeat(256))).build())
                .hasMessageContaining("metadata value of 'k' must be 1 to 255");
        assertThatThrownBy(() -> EntityUpdate.builder().build()).hasMessageContaining("at least one");
        assertThatThrownBy(() -> cm.getEntity(" ")).hasMessageContaining("entityId must not be blank");
        assertThatThrownBy(() -> cm.entities(1001, null)).hasMessageContaining("limit must be 1 to 1000");
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void addressLiteralsAreRecognisedWithoutResolvingNames() {
        assertThat(MonitoringLimits.isIpAddress("192.0.2.34")).isTrue();
        assertThat(MonitoringLimits.isIpAddress("::1")).isTrue();
        assertThat(MonitoringLimits.isIpAddress("2001:4800:7902:0001::")).isTrue();
        assertThat(MonitoringLimits.isIpAddress("::ffff:192.0.2.1")).isTrue();
        assertThat(MonitoringLimits.isIpAddress("1:2:3:4:5:6:7:8")).isTrue();
        assertThat(MonitoringLimits.isIpAddress("1:2:3:4:5:6:7:8:9")).isFalse();
        assertThat(MonitoringLimits.isIpAddress("1:2:3:4:5:6:7")).isFalse();
        assertThat(MonitoringLimits.isIpAddress("256.0.0.1")).isFalse();
        assertThat(MonitoringLimits.isIpAddress("localhost")).isFalse();
    }
}
