package org.cloudsdk.objectstorage;

import java.util.ArrayList;
import java.util.List;

import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.ServiceClient;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;

/**
 * One page of an object listing ({@code ?format=json}). With a delimiter, Swift mixes
 * {@code {"subdir": "stuff/"}} entries with the objects: they are pseudo-folders, not objects, so
 * they are kept apart; both count towards the page's size and the next marker.
 *
 * @param objects the objects of the page
 * @param subdirs the pseudo-folders of the page
 * @param entries how many entries the page had (objects and pseudo-folders)
 * @param lastName the name or pseudo-folder of the last entry, the marker of the next page; null
 *     for an empty page
 */
record ListingPage(List<StorageObject> objects, List<String> subdirs, int entries, String lastName) {

    /**
     * @param client the object-store client
     * @param container the container to list
     * @param prefix only names with this prefix, or null
     * @param delimiter the pseudo-folder delimiter, or 0
     * @param marker list after this name, or null
     * @param limit the page size
     * @return the request of one page
     */
    static ApiRequest.Builder request(ServiceClient client, String container, String prefix, char delimiter,
            String marker, int limit) {
        return client.request(HttpMethod.GET, "list_objects").path("/{container}", container)
                .query("format", "json").query("limit", limit).query("marker", marker).query("prefix", prefix)
                .query("delimiter", delimiter == 0 ? null : String.valueOf(delimiter));
    }

    /**
     * @param storage the client the objects belong to
     * @param container the container listed
     * @param response the answer to {@link #request}; 204 or an empty body is an empty page
     * @return the page
     */
    static ListingPage of(ObjectStorage storage, String container, ApiResponse response) {
        if (response.status() == 204 || response.body().length == 0) {
            return new ListingPage(List.of(), List.of(), 0, null);
        }
        return parse(storage, container, response.json());
    }

    /**
     * @param storage the client the objects belong to
     * @param container the container listed
     * @param json the page
     * @return the page
     */
    static ListingPage parse(ObjectStorage storage, String container, JsonNode json) {
        List<StorageObject> objects = new ArrayList<>();
        List<String> subdirs = new ArrayList<>();
        String last = null;
        int entries = 0;
        for (JsonNode entry : json) {
            entries++;
            JsonNode subdir = entry.get("subdir");
            if (subdir != null) {
                last = subdir.asString();
                subdirs.add(last);
                continue;
            }
            last = entry.path("name").asString();
            objects.add(new StorageObject(storage, container, last, SwiftValues.etag(text(entry, "hash")),
                    entry.path("bytes").asLong(), text(entry, "content_type"),
                    SwiftValues.date(text(entry, "last_modified"))));
        }
        return new ListingPage(List.copyOf(objects), List.copyOf(subdirs), entries, last);
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
