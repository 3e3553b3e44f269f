package org.cloudsdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parser's map of object properties must behave as the LinkedHashMap it replaces, whatever is
 * done to a parsed tree: LinkedHashMap is the oracle, under random sequences of every change.
 */
class CompactPropertiesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void behavesAsALinkedHashMapUnderRandomChanges(int seed) {
        Random random = new Random(seed);
        CompactProperties compact = new CompactProperties();
        Map<String, JsonNode> oracle = new LinkedHashMap<>();
        // few names, so that puts replace and removes hit; sizes cross the linear-search bound both ways
        int names = 4 + random.nextInt(40);
        for (int step = 0; step < 5_000; step++) {
            String name = "p" + random.nextInt(names);
            JsonNode value = NODES.numberNode(random.nextInt(1000));
            switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> assertThat(compact.put(name, value)).isEqualTo(oracle.put(name, value));
                case 4 -> assertThat(compact.remove(name)).isEqualTo(oracle.remove(name));
                case 5 -> {
                    compact.trim();
                    assertThat(compact.get(name)).isEqualTo(oracle.get(name));
                }
                case 6 -> {
                    removeThroughIterators(compact, oracle, random.nextInt(3));
                }
                case 7 -> {
                    setThroughEntries(compact, oracle, value);
                }
                case 8 -> {
                    if (random.nextInt(50) == 0) {
                        compact.clear();
                        oracle.clear();
                    }
                }
                default -> assertThat(compact.containsKey(name)).isEqualTo(oracle.containsKey(name));
            }
            assertThat(compact.size()).isEqualTo(oracle.size());
        }
        assertThat(new ArrayList<>(compact.entrySet())).containsExactlyElementsOf(oracle.entrySet());
        assertThat(compact).isEqualTo(oracle);
        assertThat(compact.hashCode()).isEqualTo(oracle.hashCode());
        for (int i = 0; i < names; i++) {
            assertThat(compact.get("p" + i)).isEqualTo(oracle.get("p" + i));
        }
    }

    private static void removeThroughIterators(CompactProperties compact, Map<String, JsonNode> oracle, int every) {
        Iterator<Map.Entry<String, JsonNode>> ours = compact.entrySet().iterator();
        Iterator<Map.Entry<String, JsonNode>> theirs = oracle.entrySet().iterator();
        int i = 0;
        while (theirs.hasNext()) {
            assertThat(ours.hasNext()).isTrue();
            assertThat(ours.next()).isEqualTo(theirs.next());
            if (every > 0 && i++ % (every + 1) == 0) {
                ours.remove();
                theirs.remove();
            }
        }
        assertThat(ours.hasNext()).isFalse();
    }

    private static void setThroughEntries(CompactProperties compact, Map<String, JsonNode> oracle, JsonNode value) {
        for (Map.Entry<String, JsonNode> entry : compact.entrySet()) {
            if (entry.getKey().hashCode() % 3 == 0) {
                assertThat(entry.setValue(value)).isEqualTo(oracle.put(entry.getKey(), value));
            }
        }
    }

    @Test
    void findsEveryPropertyOfALargeObjectByAnEqualNameThatIsNotTheSameString() {
        // past 65,535 properties the index's positions no longer fit in 16 bits
        int count = 70_000;
        CompactProperties properties = new CompactProperties();
        for (int i = 0; i < count; i++) {
            properties.put("name-" + i, NODES.numberNode(i));
        }
        properties.trim();
        for (int i = 0; i < count; i++) {
            assertThat(properties.get(new StringBuilder("name-").append(i).toString())).isEqualTo(NODES.numberNode(i));
        }
        assertThat(properties.get("name-" + count)).isNull();
        assertThat(properties.remove("name-0")).isEqualTo(NODES.numberNode(0));
        assertThat(properties.get("name-69999")).isEqualTo(NODES.numberNode(69_999));
        assertThat(properties.size()).isEqualTo(count - 1);
        assertThat(properties.get(42)).isNull();
        assertThat(properties.containsKey(null)).isFalse();
    }

    @Test
    void anObjectNodeOverItKeepsDocumentOrderAndEveryChangeOfItsApi() {
        CompactProperties properties = new CompactProperties();
        properties.put("z", NODES.stringNode("last"));
        properties.put("a", NODES.numberNode(1));
        ObjectNode node = new ObjectNode(NODES, properties.trim());

        node.put("m", true);
        node.put("z", "replaced in place");
        node.remove("a");
        node.withObject("/nested").put("x", 1);

        assertThat(List.copyOf(node.propertyNames())).containsExactly("z", "m", "nested");
        assertThat(node.toString()).isEqualTo("{\"z\":\"replaced in place\",\"m\":true,\"nested\":{\"x\":1}}");
        assertThat(node.deepCopy()).isEqualTo(node);
        node.retain("m");
        assertThat(node.toString()).isEqualTo("{\"m\":true}");
        node.removeAll();
        assertThat(node.isEmpty()).isTrue();
    }

    @Test
    void itsIteratorsKeepTheirContract() {
        CompactProperties properties = new CompactProperties();
        properties.put("a", NODES.numberNode(1));
        Iterator<Map.Entry<String, JsonNode>> iterator = properties.entrySet().iterator();
        assertThatThrownBy(iterator::remove).isInstanceOf(IllegalStateException.class);
        iterator.next();
        iterator.remove();
        assertThatThrownBy(iterator::remove).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
        assertThat(properties).isEmpty();
        assertThatThrownBy(() -> properties.put(null, NODES.nullNode())).isInstanceOf(NullPointerException.class);
    }
}
