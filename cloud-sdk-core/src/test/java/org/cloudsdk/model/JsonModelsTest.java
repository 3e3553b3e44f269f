package org.cloudsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.http.Json;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class JsonModelsTest {

    /** Nova names its fields as they are, with a few extension names that no scheme gives. */
    record Server(String id, String name, Status status, int progress, String hostId, FlavorRef flavor,
            Map<String, String> metadata, Map<String, List<Address>> addresses, Instant created,
            @JsonName("OS-EXT-STS:vm_state") String vmState, @JsonName("key_name") String keyName,
            @AllFields ObjectNode attributes) {
    }

    record FlavorRef(String id, List<Link> links) {
    }

    record Link(URI href, String rel) {
    }

    record Address(String addr, int version) {
    }

    enum Status { ACTIVE, BUILD, ERROR, UNKNOWN }

    /** Cinder names its fields in snake case. */
    @JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
    record Volume(String id, long size, VolumeStatus status, String volumeType, Instant createdAt, boolean bootable,
            Set<String> tags, Boolean multiattach) {
    }

    enum VolumeStatus {
        AVAILABLE, @JsonName("in-use") IN_USE, UNKNOWN
    }

    enum Strict { ONE, TWO }

    record WithStrict(Strict value) {
    }

    record Positive(int size) {
        Positive {
            if (size < 1) {
                throw new IllegalArgumentException("size must be at least 1, got " + size);
            }
        }
    }

    private static final String SERVER = """
            {"id": "52415800-8b69-11e0-9b19-734f565bc83b", "name": "new-server-test", "status": "ACTIVE",
             "progress": 100, "hostId": "e4d909c290d0fb1ca068ffaddf22cbd0",
             "flavor": {"id": "1", "links": [{"href": "http://127.0.0.1:8774/flavors/1", "rel": "bookmark"}]},
             "metadata": {"My Server Name": "Apache1"},
             "addresses": {"private": [{"addr": "192.168.0.3", "version": 4}]},
             "created": "2012-09-07T16:56:37Z", "OS-EXT-STS:vm_state": "active", "key_name": null,
             "accessIPv4": "", "a-newer-field": {"nested": [1, 2]}}
            """;

    @Test
    void readsARecordWithNestedRecordsCollectionsAndExtensionNames() {
        Server server = JsonModels.read(Json.parse(SERVER), Server.class);

        assertThat(server.id()).isEqualTo("52415800-8b69-11e0-9b19-734f565bc83b");
        assertThat(server.status()).isEqualTo(Status.ACTIVE);
        assertThat(server.progress()).isEqualTo(100);
        assertThat(server.hostId()).isEqualTo("e4d909c290d0fb1ca068ffaddf22cbd0");
        assertThat(server.flavor().links()).containsExactly(new Link(URI.create("http://127.0.0.1:8774/flavors/1"), "bookmark"));
        assertThat(server.metadata()).containsExactly(Map.entry("My Server Name", "Apache1"));
        assertThat(server.addresses().get("private")).containsExactly(new Address("192.168.0.3", 4));
        assertThat(server.created()).isEqualTo(Instant.parse("2012-09-07T16:56:37Z"));
        assertThat(server.vmState()).isEqualTo("active");
        assertThat(server.keyName()).isNull();
    }

    @Test
    void fieldsTheRecordDoesNotNameStayReachableAndNeverFailParsing() {
        Server server = JsonModels.read(Json.parse(SERVER), Server.class);

        assertThat(server.attributes().get("accessIPv4").asString()).isEmpty();
        assertThat(server.attributes().get("a-newer-field").get("nested").get(1).asInt()).isEqualTo(2);
        assertThat(server.attributes().get("name").asString()).isEqualTo("new-server-test");
    }

    @Test
    void readsSnakeCaseNamesAndTimestampsWithoutAZoneAsUtc() {
        Volume volume = JsonModels.read(Json.parse("""
                {"id": "v1", "size": "100", "status": "in-use", "volume_type": "SSD",
                 "created_at": "2012-09-07T16:56:37.000000", "bootable": "false", "tags": ["a", "b", "a"]}
                """), Volume.class);

        assertThat(volume.size()).as("a number sent as a string").isEqualTo(100L);
        assertThat(volume.status()).isEqualTo(VolumeStatus.IN_USE);
        assertThat(volume.volumeType()).isEqualTo("SSD");
        assertThat(volume.createdAt()).isEqualTo(Instant.parse("2012-09-07T16:56:37Z"));
        assertThat(volume.bootable()).isFalse();
        assertThat(volume.tags()).containsExactly("a", "b");
        assertThat(volume.multiattach()).as("missing").isNull();
    }

    @Test
    void missingFieldsAndNullsAreNullOrTheZeroOfAPrimitive() {
        Server server = JsonModels.read(Json.parse("{\"id\": \"x\", \"progress\": null}"), Server.class);

        assertThat(server.progress()).isZero();
        assertThat(server.status()).isNull();
        assertThat(server.metadata()).isNull();
        assertThat(JsonModels.read(null, Server.class)).isNull();
        assertThat(JsonModels.read(Json.parse("null"), Server.class)).isNull();
    }

    @Test
    void anEnumValueTheSdkDoesNotKnowIsUnknown() {
        Server server = JsonModels.read(Json.parse("{\"status\": \"SHELVED_OFFLOADED\"}"), Server.class);

        assertThat(server.status()).isEqualTo(Status.UNKNOWN);
        assertThatThrownBy(() -> JsonModels.read(Json.parse("{\"value\": \"THREE\"}"), WithStrict.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no UNKNOWN constant").hasMessageContaining("WithStrict.value = THREE");
    }

    @Test
    void aValueThatCannotBeWhatTheRecordSaysNamesTheRecordAndTheField() {
        assertThatThrownBy(() -> JsonModels.read(Json.parse("{\"flavor\": \"1\"}"), Server.class))
                .isInstanceOf(CloudException.class)
                .hasMessage("Server.flavor: expected a JSON object for FlavorRef, got STRING");
        assertThatThrownBy(() -> JsonModels.read(Json.parse("{\"progress\": \"half\"}"), Server.class))
                .isInstanceOf(CloudException.class).hasMessage("Server.progress: expected a number, got \"half\"");
        assertThatThrownBy(() -> JsonModels.read(Json.parse("{\"addresses\": {\"private\": {\"addr\": 1}}}"), Server.class))
                .isInstanceOf(CloudException.class)
                .hasMessageStartingWith("Server.addresses.private: expected a JSON array");
        assertThatThrownBy(() -> JsonModels.read(Json.parse("{\"name\": [1]}"), Server.class))
                .isInstanceOf(CloudException.class).hasMessage("Server.name: expected a string, got [1]");
        assertThatThrownBy(() -> JsonModels.read(Json.parse(
                "{\"addresses\": {\"private\": [{\"addr\": \"10.0.0.1\"}, {\"version\": \"six\"}]}}"), Server.class))
                .isInstanceOf(CloudException.class)
                .hasMessage("Server.addresses.private[1].version: expected a number, got \"six\"");
    }

    record Handle(String id, JsonNode image, @AllFields ObjectNode all) {
    }

    @Test
    void readSharingKeepsTheTreesOwnNodesWhereReadCopiesThem() {
        JsonNode tree = Json.parse("{\"id\": \"s1\", \"image\": {\"id\": \"i1\", \"links\": []}}");

        Handle copied = JsonModels.read(tree, Handle.class);
        Handle shared = JsonModels.readSharing(tree, Handle.class);

        assertThat(copied.image()).isEqualTo(tree.get("image")).isNotSameAs(tree.get("image"));
        assertThat(copied.all()).isEqualTo(tree).isNotSameAs(tree);
        assertThat(shared.image()).isSameAs(tree.get("image"));
        assertThat(shared.all()).isSameAs(tree);
        assertThat(shared.id()).isEqualTo(copied.id()).isEqualTo("s1");
        assertThat(JsonModels.readSharing(null, Handle.class)).isNull();
        assertThatThrownBy(() -> JsonModels.readSharing(Json.parse("{\"id\": {}}"), Handle.class))
                .isInstanceOf(CloudException.class).hasMessage("Handle.id: expected a string, got {}");
    }

    @Test
    void aRecordThatRefusesTheServersValuesFailsAsACloudException() {
        assertThatThrownBy(() -> JsonModels.read(Json.parse("{\"size\": 0}"), Positive.class))
                .isInstanceOf(CloudException.class)
                .hasMessage("Positive: Positive refused the response's values: size must be at least 1, got 0");
    }

    @Test
    void readsListsOfRecords() {
        JsonNode body = Json.parse("{\"servers\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}");

        assertThat(JsonModels.readList(body.get("servers"), Server.class)).extracting(Server::id).containsExactly("a", "b");
        assertThat(JsonModels.readList(body.get("missing"), Server.class)).isEmpty();
        assertThatThrownBy(() -> JsonModels.readList(body, Server.class))
                .isInstanceOf(CloudException.class).hasMessage("expected a JSON array of Server, got OBJECT");
    }

    @Test
    void aListSkipsTheJsonNullsOfItsArray() {
        JsonNode servers = Json.parse("[{\"id\": \"a\"}, null, {\"id\": \"b\"}]");

        assertThat(JsonModels.readList(servers, Server.class)).extracting(Server::id).containsExactly("a", "b");
    }

    @Test
    void aMissingOrNullObjectReadsAsNull() {
        JsonNode body = Json.parse("{\"server\": null}");

        assertThat(JsonModels.read(body.get("server"), Server.class)).isNull();
        assertThat(JsonModels.read(body.path("missing"), Server.class)).isNull();
        assertThat(JsonModels.read(null, Server.class)).isNull();
    }

    @Test
    void writesNonNullComponentsUnderTheirJsonNames() {
        Volume volume = new Volume("v1", 10, VolumeStatus.IN_USE, null, Instant.parse("2012-09-07T16:56:37Z"), true,
                Set.of("x"), null);

        assertThat(Json.write(JsonModels.wrap("volume", volume))).isEqualTo(
                "{\"volume\":{\"id\":\"v1\",\"size\":10,\"status\":\"in-use\",\"created_at\":\"2012-09-07T16:56:37Z\","
                        + "\"bootable\":true,\"tags\":[\"x\"]}}");
    }

    @Test
    void allFieldsAreWrittenFirstSoARequestCarriesFieldsTheSdkDoesNotKnow() {
        ObjectNode extra = Json.object();
        extra.put("OS-DCF:diskConfig", "AUTO");
        extra.put("name", "overridden by the component");
        Server server = new Server(null, "web1", null, 0, null, new FlavorRef("2", null), Map.of("a", "b"), null, null,
                null, "key1", extra);

        assertThat(Json.write(JsonModels.write(server))).isEqualTo(
                "{\"OS-DCF:diskConfig\":\"AUTO\",\"name\":\"web1\",\"progress\":0,\"flavor\":{\"id\":\"2\"},"
                        + "\"metadata\":{\"a\":\"b\"},\"key_name\":\"key1\"}");
    }

    @Test
    void aReadRecordWrittenAgainGivesTheSameValues() {
        Server server = JsonModels.read(Json.parse(SERVER), Server.class);

        assertThat(JsonModels.read(JsonModels.write(server), Server.class)).isEqualTo(server);
    }

    @Test
    void aRecordComponentOfAnUnsupportedTypeIsAProgrammingError() {
        record Odd(Thread thread) {
        }
        assertThatThrownBy(() -> JsonModels.read(Json.parse("{\"thread\": 1}"), Odd.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Thread");
    }
}
