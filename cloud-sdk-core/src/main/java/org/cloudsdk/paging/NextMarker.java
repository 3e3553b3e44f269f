package org.cloudsdk.paging;

import org.cloudsdk.errors.ErrorDetails;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** {@code ?limit=&marker=}, the next marker given as {@code metadata.next_marker}. */
final class NextMarker extends PagingScheme {

    NextMarker(int maxLimit) {
        super(maxLimit);
    }

    @Override
    public PagingScheme withMaxLimit(int value) {
        return new NextMarker(value);
    }

    @Override
    String name() {
        return "nextMarker";
    }

    @Override
    @Nullable Cursor next(Cursor current, JsonNode body, JsonNode items, @Nullable String itemsField,
            ErrorDetails details) {
        String marker = Links.scalar(body.path("metadata").path("next_marker"));
        return marker == null ? null : Cursor.of(current.limit(), marker, null);
    }
}
