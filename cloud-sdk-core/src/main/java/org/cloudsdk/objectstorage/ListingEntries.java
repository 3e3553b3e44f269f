package org.cloudsdk.objectstorage;

import java.util.ArrayList;
import java.util.List;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.http.Json;
import org.cloudsdk.paging.ItemsReader;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the pages of an object listing ({@code ?format=json}) as a stream of tokens, straight into
 * entries: no tree of the whole page (a page of 10,000 entries is about 2 MB of JSON), and fields
 * the SDK does not know are skipped. The marker of the next page is the last entry's name or
 * pseudo-folder.
 */
final class ListingEntries implements ItemsReader<ListingEntry> {

    private final ObjectStorage storage;
    private final String container;

    /**
     * @param storage the client the objects belong to
     * @param container the container listed
     */
    ListingEntries(ObjectStorage storage, String container) {
        this.storage = storage;
        this.container = container;
    }

    /**
     * @param json one page, a JSON array
     * @return its entries, in order
     * @throws CloudException when the body is not a JSON array of objects
     */
    @Override
    public List<ListingEntry> read(byte[] json) {
        List<ListingEntry> entries = new ArrayList<>();
        try (JsonParser parser = Json.parser(json)) {
            expect(parser.nextToken(), JsonToken.START_ARRAY);
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                expect(token, JsonToken.START_OBJECT);
                Entry entry = Entry.read(parser);
                if (entry.subdir != null) {
                    entries.add(new ListingEntry(null, entry.subdir));
                    continue;
                }
                entries.add(new ListingEntry(new StorageObject(storage, container, entry.name == null ? ""
                        : entry.name, SwiftValues.etag(entry.hash), entry.bytes, entry.contentType,
                        SwiftValues.date(entry.lastModified)), null));
            }
        } catch (JacksonException e) {
            throw new CloudException("the object listing of container '" + container + "' is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        return entries;
    }

    /** @return the last entry's name or pseudo-folder, where the next page starts */
    @Override
    public @Nullable String marker(ListingEntry last) {
        return last.marker();
    }

    private static void expect(JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw new CloudException("an object listing must be a JSON array of objects; found " + token
                    + " where " + expected + " was expected");
        }
    }

    /** The fields of one entry that the SDK reads. */
    private static final class Entry {
        @Nullable String name;
        @Nullable String subdir;
        @Nullable String hash;
        @Nullable String contentType;
        @Nullable String lastModified;
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

        private static @Nullable String text(JsonParser parser, JsonToken value) {
            return value == JsonToken.VALUE_NULL ? null : value.isScalarValue() ? parser.getString() : skip(parser);
        }

        private static @Nullable String skip(JsonParser parser) {
            parser.skipChildren();
            return null;
        }
    }
}
