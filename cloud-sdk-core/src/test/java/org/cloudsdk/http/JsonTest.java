package org.cloudsdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.CloudException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeType;

/**
 * The SDK reads and writes JSON trees without an ObjectMapper; the mapper serves here as the
 * oracle: the same trees, node for node and number type for number type, and the same text.
 */
class JsonTest {

    private static final JsonMapper ORACLE = JsonMapper.builder().build();

    static List<String> documents() {
        return List.of(
                "{}", "[]", "null", "true", "\"text\"", "0", "-7",
                "[1, 2.5, 2147483648, 12345678901, 123456789012345678901234567890, -0.0, 1e-7, true, false, null]",
                "{\"a\": {\"b\": [{\"c\": \"d\"}, []]}, \"e\": \"caf\\u00e9 \\\"quoted\\\" \\n\", \"f\": {}}",
                "{\"dup\": 1, \"dup\": 2}",
                "{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5, \"f\": 6, \"g\": 7, \"h\": 8, \"i\": 9, \"b\": 10, \"j\": 11}", "{\"a\": null, \"b\": [null, {}], \"c\": \"\"}",
                TestCloud.fixture("identity/keystone-v3-token.json"),
                TestCloud.fixture("identity/rackspace-access.json"));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void treesAreThoseOfObjectMapperReadTree(String document) {
        JsonNode ours = Json.parse(document.getBytes(StandardCharsets.UTF_8));
        JsonNode oracle = ORACLE.readTree(document);

        assertThat(ours).isEqualTo(oracle);
        assertSameNumberTypes(ours, oracle);
        assertThat(Json.parse(document)).isEqualTo(oracle);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void writingGivesTheTextObjectMapperWrites(String document) {
        JsonNode tree = ORACLE.readTree(document);

        assertThat(Json.write(tree)).isEqualTo(ORACLE.writeValueAsString(tree));
    }

    @Test
    void equalShortStringsOfOneDocumentShareOneNodeAndLongOrOtherDocumentsDoNot() {
        String longValue = "x".repeat(SharedStrings.MAX_LENGTH + 1);
        String document = "[{\"status\": \"ACTIVE\", \"url\": \"" + longValue + "\"},"
                + " {\"status\": \"ACTIVE\", \"url\": \"" + longValue + "\"}, \"caf\\u00e9\", \"café\"]";

        JsonNode tree = Json.parse(document.getBytes(StandardCharsets.UTF_8));

        assertThat(tree.get(0).get("status")).isSameAs(tree.get(1).get("status"));
        assertThat(tree.get(0).get("url")).isNotSameAs(tree.get(1).get("url")).isEqualTo(tree.get(1).get("url"));
        assertThat(tree.get(2)).isSameAs(tree.get(3));
        assertThat(tree.get(2).asString()).isEqualTo("café");
        assertThat(Json.parse(document).get(0).get("status")).isNotSameAs(tree.get(0).get("status"));
        assertThat(tree).isEqualTo(ORACLE.readTree(document));
    }

    @Test
    void aDocumentWithMoreDistinctStringsThanAreSharedReadsEveryOne() {
        StringBuilder document = new StringBuilder("[");
        int count = SharedStrings.MAX_ENTRIES + 500;
        for (int i = 0; i < count; i++) {
            document.append(i == 0 ? "" : ",").append("\"v").append(i).append("\",\"v").append(i).append('"');
        }
        JsonNode tree = Json.parse(document.append(']').toString());

        assertThat(tree.size()).isEqualTo(2 * count);
        for (int i = 0; i < count; i++) {
            assertThat(tree.get(2 * i).asString()).isEqualTo("v" + i);
            assertThat(tree.get(2 * i + 1)).isEqualTo(tree.get(2 * i));
        }
        assertThat(tree.get(0)).isSameAs(tree.get(1));
        assertThat(tree.get(2 * count - 2)).isNotSameAs(tree.get(2 * count - 1));
    }

    @Test
    void parsedTreesStayChangeable() {
        var tree = (tools.jackson.databind.node.ObjectNode) Json.parse("{\"a\": [\"x\"], \"b\": {\"c\": 1}}");

        tree.put("d", "new").remove("b");
        ((tools.jackson.databind.node.ArrayNode) tree.get("a")).add("y");

        assertThat(Json.write(tree)).isEqualTo("{\"a\":[\"x\",\"y\"],\"d\":\"new\"}");
    }

    @Test
    void builtTreesAreWrittenCompactly() {
        var body = Json.object();
        body.putObject("auth").put("name", "mÿ user").put("ttl", 86400L).putArray("roles").add("admin").add(1.5);
        body.putNull("none");

        assertThat(Json.write(body))
                .isEqualTo("{\"auth\":{\"name\":\"mÿ user\",\"ttl\":86400,\"roles\":[\"admin\",1.5]},\"none\":null}");
        assertThat(Json.write(Json.array())).isEqualTo("[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\n"})
    void aBlankDocumentIsAMissingNode(String blank) {
        assertThat(Json.parse(blank.getBytes(StandardCharsets.UTF_8)).getNodeType()).isEqualTo(JsonNodeType.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} {}", "{}x", "{\"a\": }", "[1, 2", "{\"a\" 1}", "<html>"})
    void whatIsNotOneJsonValueIsACloudException(String broken) {
        assertThatThrownBy(() -> Json.parse(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CloudException.class).hasMessageStartingWith("the response is not valid JSON: ");
        assertThatThrownBy(() -> Json.parse(broken)).isInstanceOf(CloudException.class);
    }

    @Test
    void aNodeThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> Json.write(Json.parse("")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MISSING");
    }

    private static void assertSameNumberTypes(JsonNode ours, JsonNode oracle) {
        assertThat(ours.getNodeType()).isEqualTo(oracle.getNodeType());
        if (ours.isNumber()) {
            assertThat(ours.numberType()).as("number type of %s", oracle).isEqualTo(oracle.numberType());
        }
        if (ours.isObject()) {
            oracle.properties().forEach(property -> assertSameNumberTypes(ours.get(property.getKey()), property.getValue()));
        }
        if (ours.isArray()) {
            for (int i = 0; i < oracle.size(); i++) {
                assertSameNumberTypes(ours.get(i), oracle.get(i));
            }
        }
    }
}
