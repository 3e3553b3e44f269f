package org.cloudsdk.loadbalancer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloudsdk.model.JsonModels;

import tools.jackson.databind.JsonNode;

/**
 * One metadata item as the API lists it: {@code {"id": 1, "key": "color", "value": "red"}}. The
 * API changes and deletes items by id, so the metadata methods read the items first.
 */
record MetadataItem(String id, String key, String value) {

    static List<MetadataItem> read(JsonNode items) {
        return JsonModels.readList(items, MetadataItem.class);
    }

    static Map<String, String> toMap(List<MetadataItem> items) {
        Map<String, String> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(item.key(), item.value()));
        return Collections.unmodifiableMap(map);
    }
}
