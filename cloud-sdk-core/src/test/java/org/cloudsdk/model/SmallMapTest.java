package org.cloudsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloudsdk.http.Json;
import org.junit.jupiter.api.Test;

/** A record's small map reads, compares and refuses changes as the unmodifiable LinkedHashMap it replaces. */
class SmallMapTest {

    record Tagged(Map<String, String> metadata, Map<String, List<Integer>> groups) {
    }

    @Test
    void readsAsTheUnmodifiableLinkedHashMapItReplaces() {
        Map<String, String> map = new SmallMap<>(new Object[] {"role", "web", "owner", "team-1", "deployment", "blue"});
        Map<String, String> oracle = new LinkedHashMap<>();
        oracle.put("role", "web");
        oracle.put("owner", "team-1");
        oracle.put("deployment", "blue");

        assertThat(map).isEqualTo(oracle).hasSameHashCodeAs(oracle).hasToString(oracle.toString());
        assertThat(oracle).isEqualTo(map);
        assertThat(map.keySet()).containsExactly("role", "owner", "deployment");
        assertThat(map.values()).containsExactly("web", "team-1", "blue");
        assertThat(map.get(new String("owner"))).isEqualTo("team-1");
        assertThat(map.get("absent")).isNull();
        assertThat(map.get(null)).isNull();
        assertThat(map.containsKey("deployment")).isTrue();
        assertThat(map.containsValue("blue")).isTrue();
        assertThatThrownBy(() -> map.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.remove("role")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("z"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recordsReadSmallMapsCompactAndLargeOnesHashedInTheirOrderWithoutNulls() {
        StringBuilder large = new StringBuilder("{");
        for (int i = 0; i <= SmallMap.MAX_SIZE; i++) {
            large.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v").append(i).append('"');
        }
        Tagged tagged = JsonModels.read(Json.parse("{\"metadata\": " + large + "}, \"groups\": {\"b\": [1], \"a\": null, \"c\": [2, 3]}}"),
                Tagged.class);

        assertThat(tagged.groups()).isInstanceOf(SmallMap.class).containsExactly(
                Map.entry("b", List.of(1)), Map.entry("c", List.of(2, 3)));
        assertThat(tagged.metadata()).isNotInstanceOf(SmallMap.class).hasSize(SmallMap.MAX_SIZE + 1);
        assertThat(tagged.metadata().keySet()).startsWith("k0", "k1", "k2");
        assertThatThrownBy(() -> tagged.metadata().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(JsonModels.read(Json.parse("{\"metadata\": {}, \"groups\": {\"a\": null}}"), Tagged.class).groups())
                .isEmpty();
    }
}
