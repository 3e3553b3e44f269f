package org.cloudsdk.objectstorage;

import java.util.ArrayList;
import java.util.List;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.ServiceClient;
import org.springframework.http.HttpMethod;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

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
        return client.request(HttpMethod.GET, "list_objects").path(SwiftPaths.CONTAINER, container)
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
        return parse(storage, container, response.body());
    }

    /**
     * Reads the page as a stream of tokens, straight into objects: no tree of the whole page (a
     * page of 10,000 entries is about 2 MB of JSON), and fields the SDK does not know are skipped.
     *
     * @param storage the client the objects belong to
     * @param container the container listed
     * @param json the page, a JSON array
     * @return the page
     * @throws CloudException when the body is not a JSON array of objects
     */
    static ListingPage parse(ObjectStorage storage, String container, byte[] json) {
        List<StorageObject> objects = new ArrayList<>();
        List<String> subdirs = new ArrayList<>();
        String last = null;
        int entries = 0;
        try (JsonParser parser = Json.parser(json)) {
            expect(parser.nextToken(), JsonToken.START_ARRAY);
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                expect(token, JsonToken.START_OBJECT);
                entries++;
                Entry entry = Entry.read(parser);
                if (entry.subdir != null) {
                    last = entry.subdir;
                    subdirs.add(last);
                    continue;
                }
                last = entry.name == null ? "" : entry.name;
                objects.add(new StorageObject(storage, container, last, SwiftValues.etag(entry.hash), entry.bytes,
                        entry.contentType, SwiftValues.date(entry.lastModified)));
            }
        } catch (JacksonException e) {
            throw new CloudException("the object listing of container '" + container + "' is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        return new ListingPage(List.copyOf(objects), List.copyOf(subdirs), entries, last);
    }

    private static void expect(JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw new CloudException("an object listing must be a JSON array of objects; found " + token
                    + " where " + expected + " was expected");
        }
    }

    /** The fields of one entry that the SDK reads. */
    private static final class Entry {
        String name;
        String subdir;
        String hash;
        String contentType;
        String lastModified;
        long bytes;

        /** Reads one object, the parser on its START_OBJECT; leaves it on the END_OBJECT. */
        static Entry read(JsonParser parser) {
            Entry entry = new Entry();
            for (String field = parser.nextName(); field != null; field = parser.nextName()) {
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "name" -> entry.name = text(parser, value);
                    case "subdir" -> entry.subdir = text(parser, value);
                    case "hash" -> entry.hash = text(parser, value);
                    case "content_type" -> entry.contentType = text(parser, value);
                    case "last_modified" -> entry.lastModified = text(parser, value);
                    case "bytes" -> entry.bytes = value.isNumeric() ? parser.getLongValue() : 0;
                    default -> parser.skipChildren();
                }
            }
            return entry;
        }

        private static String text(JsonParser parser, JsonToken value) {
            return value == JsonToken.VALUE_NULL ? null : value.isScalarValue() ? parser.getString() : skip(parser);
        }

        private static String skip(JsonParser parser) {
            parser.skipChildren();
            return null;
        }
    }
}
