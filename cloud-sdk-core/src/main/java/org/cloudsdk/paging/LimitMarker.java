package org.cloudsdk.paging;

import java.util.function.Function;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ErrorDetails;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** {@code ?limit=&marker=}, the next marker read from the last item of the page. */
final class LimitMarker extends PagingScheme {

    private final Function<JsonNode, @Nullable String> markerOf;

    LimitMarker(int maxLimit, Function<JsonNode, @Nullable String> markerOf) {
        super(maxLimit);
        this.markerOf = markerOf;
    }

    @Override
    public PagingScheme withMaxLimit(int value) {
        return new LimitMarker(value, markerOf);
    }

    @Override
    String name() {
        return "limitMarker";
    }

    @Override
    Cursor next(Cursor current, JsonNode body, JsonNode items, @Nullable String itemsField,
            ErrorDetails details) {
        String marker = markerOf.apply(items.get(items.size() - 1));
        if (marker == null || marker.isEmpty()) {
            throw new CloudException(details.service() + "." + details.operation() + ": the last item of a page has"
                    + " no marker to ask for the next page with", details, null);
        }
        return Cursor.of(current.limit(), marker, null);
    }
}
