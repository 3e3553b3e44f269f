package org.cloudsdk.objectstorage;

import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.PagingScheme;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Swift's listings on the shared paging toolkit: limit + marker, the marker being the last name
 * (or pseudo-folder), at most {@link ObjectStorageSettings#MAX_LISTING_PAGE_SIZE} per page, and a
 * 204 (Swift's answer for an empty account or container) an empty page. As everywhere, a listing
 * ends on an empty page, never on a short one (a cluster's {@code container_listing_limit} may cap
 * pages below the limit asked for), and a marker that does not advance is an error. A listing of a
 * whole container or account from its beginning also ends when it has read as many entries as the
 * response's {@code X-Container-Object-Count} or {@code X-Account-Container-Count} says there are,
 * which spares the request for the empty page (the count and the page come from the same database
 * in one request).
 */
final class SwiftListings {

    /** The marker of an account or CDN listing: the last container's name. */
    static final PagingScheme BY_NAME = PagingScheme.limitMarker(SwiftListings::name)
            .withMaxLimit(ObjectStorageSettings.MAX_LISTING_PAGE_SIZE);

    private static final String OBJECT_COUNT = "X-Container-Object-Count";

    private SwiftListings() {
    }

    /**
     * The entries of a container ({@code GET /{container}?format=json}); the caller adds the limit,
     * the marker and how a 404 is read.
     *
     * @param storage the client the listed objects belong to
     * @param client the service client to list with (interactive or background)
     * @param container the container
     * @param prefix only names with this prefix, or null
     * @param delimiter the pseudo-folder delimiter, or 0
     * @param endMarker only names before this one, or null
     * @return the listing's builder
     */
    static Listing.Builder<ListingEntry> objects(ObjectStorage storage, ServiceClient client, String container,
            @Nullable String prefix, char delimiter, @Nullable String endMarker) {
        Listing.Builder<ListingEntry> listing = Listing.builder(client, "list_objects", BY_NAME,
                new ListingEntries(storage, container)).path(SwiftPaths.CONTAINER, container).query("format", "json")
                .query("prefix", prefix).query("delimiter", delimiter == 0 ? null : String.valueOf(delimiter))
                .query("end_marker", endMarker).noContentAsEmpty();
        // the count is of every object: it ends only a listing without a filter
        return prefix == null && delimiter == 0 && endMarker == null
                ? listing.endAtCountHeader(OBJECT_COUNT) : listing;
    }

    /**
     * The names of a container's objects, read from a JSON tree (segment listings, small).
     *
     * @param client the service client
     * @param container the container
     * @param prefix only names with this prefix
     * @return the listing's builder
     */
    static Listing.Builder<String> names(ServiceClient client, String container, String prefix) {
        return Listing.builder(client, "list_objects", BY_NAME, entry -> entry.path("name").asString())
                .path(SwiftPaths.CONTAINER, container).query("format", "json").query("prefix", prefix)
                .noContentAsEmpty();
    }

    /**
     * The account's containers ({@code GET /?format=json}), name, count and bytes of each.
     *
     * @param client the object-store client
     * @param limit the page size, 1 to 10,000
     * @param marker list after this name, or null
     * @return the listing
     */
    static Listing<ContainerInfo> containers(ServiceClient client, int limit, @Nullable String marker) {
        return Listing.builder(client, "list_containers", BY_NAME, SwiftListings::containerInfo)
                .query("format", "json").limit(limit).marker(marker).noContentAsEmpty()
                .endAtCountHeader("X-Account-Container-Count").build();
    }

    private static ContainerInfo containerInfo(JsonNode entry) {
        return new ContainerInfo(entry.path("name").asString(), entry.path("count").asLong(),
                entry.path("bytes").asLong());
    }

    private static @Nullable String name(JsonNode entry) {
        return entry.path("name").stringValue(null);
    }
}
