package org.cloudsdk.octavia;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cloudsdk.http.Json;
import org.cloudsdk.http.Microversion;
import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields of one create or update body, and the API versions they need: a field newer than
 * 2.0 is sent only once the endpoint is known to serve it, otherwise the call fails before its
 * request with an error naming the field and the version.
 */
final class RequestFields {

    private final ObjectNode node = Json.object();
    private final Map<String, Microversion> needs = new LinkedHashMap<>();

    /** @param name a field @param value its value; null leaves it out @return this */
    RequestFields put(String name, @Nullable Object value) {
        if (value == null) {
            return this;
        }
        if (value instanceof String text) {
            node.put(name, text);
        } else if (value instanceof Integer number) {
            node.put(name, number);
        } else if (value instanceof Long number) {
            node.put(name, number);
        } else if (value instanceof Boolean flag) {
            node.put(name, flag);
        } else if (value instanceof Double number) {
            node.put(name, number);
        } else if (value instanceof Enum<?> constant) {
            node.put(name, OctaviaEnums.wire(constant));
        } else if (value instanceof Collection<?> values) {
            ArrayNode array = node.putArray(name);
            values.forEach(item -> array.add(String.valueOf(item)));
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode object = node.putObject(name);
            map.forEach((key, item) -> object.put(String.valueOf(key), String.valueOf(item)));
        } else if (value instanceof ObjectNode object) {
            node.set(name, object);
        } else {
            throw new IllegalStateException("no JSON form for " + value.getClass());
        }
        return this;
    }

    /** Sends JSON null: clears a field on update (a listener's default pool, a pool's persistence). */
    RequestFields putNull(String name) {
        node.putNull(name);
        return this;
    }

    /**
     * @param name a field, sent only when the value is not null
     * @param value its value
     * @param since the API version it needs
     * @return this
     */
    RequestFields put(String name, @Nullable Object value, Microversion since) {
        if (value != null) {
            put(name, value);
            need(since, name);
        }
        return this;
    }

    /** Records that the body needs an API version (a value such as {@code SOURCE_IP_PORT}). */
    RequestFields need(@Nullable Microversion since, String what) {
        if (since != null && since.compareTo(OctaviaVersions.BASE) > 0) {
            needs.merge(what, since, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return this;
    }

    boolean has(String name) {
        return node.has(name);
    }

    ObjectNode node() {
        return node.deepCopy();
    }

    /** @return completes when the endpoint serves every field; fails naming the first it does not */
    Mono<Void> check(OctaviaVersions versions) {
        return Flux.fromIterable(needs.entrySet()).concatMap(need -> versions.require(need.getValue(), need.getKey()))
                .then();
    }
}
