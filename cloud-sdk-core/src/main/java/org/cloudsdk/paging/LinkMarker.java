package org.cloudsdk.paging;

import java.util.Map;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ErrorDetails;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * {@code ?limit=&marker=}, the next marker being the {@code marker} parameter of the
 * {@code rel=next} entry of {@code links} (Zaqar and Rackspace Cloud Queues). Only the marker is
 * taken: the link's path is relative to the API's root, not to the endpoint.
 */
final class LinkMarker extends PagingScheme {

    LinkMarker(int maxLimit) {
        super(maxLimit);
    }

    @Override
    public PagingScheme withMaxLimit(int value) {
        return new LinkMarker(value);
    }

    @Override
    String name() {
        return "linkMarker";
    }

    @Override
    @Nullable Cursor next(Cursor current, JsonNode body, JsonNode items, @Nullable String itemsField,
            ErrorDetails details) {
        String href = Links.href(body.path("links"), "next");
        if (href == null) {
            return null;
        }
        String marker = Links.query(href, details).stream().filter(p -> p.getKey().equals(MARKER))
                .map(Map.Entry::getValue).filter(value -> !value.isEmpty()).findFirst()
                .orElseThrow(() -> new CloudException(details.service() + "." + details.operation()
                        + ": the next link '" + href + "' has no marker", details, null));
        return Cursor.of(current.limit(), marker, null);
    }
}
