package org.cloudsdk.octavia;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Transport;
import org.cloudsdk.paging.Listing;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

import tools.jackson.databind.JsonNode;

/**
 * One Octavia collection ({@code /lbaas/listeners}, {@code /lbaas/pools/{pool}/members}...): the
 * same list, get, create, update and delete requests for each, wrapping and unwrapping the
 * object's JSON ({@code {"listener": {...}}}). Operations are named after the object
 * ({@code listListeners}, {@code getListener}...).
 *
 * @param <T> the handle type
 */
final class OctaviaCollection<T> {

    /** Reads one object into its handle, knowing the ids of the collection's parents. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Octavia octavia, Object[] parents, JsonNode json);
    }

    private final Octavia octavia;
    private final String path;
    private final String singular;
    private final String plural;
    private final String noun;
    private final Reader<T> reader;

    /**
     * @param octavia the client the handles carry
     * @param path the collection's path under the API's root, such as {@code /lbaas/pools/{pool}/members}
     * @param singular the JSON field of one object ({@code member})
     * @param plural the JSON field of a listing ({@code members})
     * @param noun the object's name in operation names ({@code Member})
     * @param reader reads one object
     */
    OctaviaCollection(Octavia octavia, String path, String singular, String plural, String noun, Reader<T> reader) {
        this.octavia = Objects.requireNonNull(octavia, "octavia must not be null");
        this.path = path;
        this.singular = singular;
        this.plural = plural;
        this.noun = noun;
        this.reader = reader;
    }

    Listing<T> listing(OctaviaListOptions options, Object... parents) {
        Objects.requireNonNull(options, "options must not be null");
        if (!options.tagFilters().isEmpty()) {
            Transport.block(api().versions().require(OctaviaVersions.TAGS, "filtering by tags"));
        }
        Object[] ids = parents.clone();
        return options.apply(api().listing("list" + noun + "s", path, plural,
                json -> reader.read(octavia, ids, json), ids)).build();
    }

    List<T> list(OctaviaListOptions options, Object... parents) {
        return listing(options, parents).stream().toList();
    }

    Mono<T> getAsync(Object[] parents, String id) {
        String checked = OctaviaChecks.text(id, "id");
        return api().read("get" + noun, path + "/{id}", with(parents, checked))
                .map(response -> read(parents, response));
    }

    T get(Object[] parents, String id) {
        return Transport.blockValue(getAsync(parents, id));
    }

    T create(Object[] parents, RequestFields fields) {
        return Transport.blockValue(fields.check(api().versions()).then(api().change(HttpMethod.POST, "create" + noun,
                path, parents, OctaviaApi.wrap(singular, fields.node())))
                .map(response -> read(parents, response)));
    }

    T update(Object[] parents, String id, RequestFields fields) {
        String checked = OctaviaChecks.text(id, "id");
        return Transport.blockValue(fields.check(api().versions()).then(api().change(HttpMethod.PUT, "update" + noun,
                path + "/{id}", with(parents, checked), OctaviaApi.wrap(singular, fields.node())))
                .map(response -> read(parents, response)));
    }

    void delete(Object[] parents, String id, Function<ApiRequest.Builder, ApiRequest.Builder> query) {
        String checked = OctaviaChecks.text(id, "id");
        Transport.block(api().change(HttpMethod.DELETE, "delete" + noun, path + "/{id}", with(parents, checked), null,
                query).then());
    }

    void delete(Object[] parents, String id) {
        delete(parents, id, Function.identity());
    }

    /** A read of a sub-resource of one object ({@code /stats}, {@code /status}). */
    JsonNode readSub(String operation, Object[] parents, String id, String sub) {
        String checked = OctaviaChecks.text(id, "id");
        return Transport.blockValue(api().read(operation, path + "/{id}/" + sub, with(parents, checked))).json();
    }

    private T read(Object[] parents, ApiResponse response) {
        return reader.read(octavia, parents, response.json().path(singular));
    }

    private OctaviaApi api() {
        return octavia.api();
    }

    private static Object[] with(Object[] parents, String id) {
        Object[] all = Arrays.copyOf(parents, parents.length + 1);
        all[parents.length] = id;
        return all;
    }
}
