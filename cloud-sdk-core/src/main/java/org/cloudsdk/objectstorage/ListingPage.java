package org.cloudsdk.objectstorage;

import java.util.ArrayList;
import java.util.List;

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
