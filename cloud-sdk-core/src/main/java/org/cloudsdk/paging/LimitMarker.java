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
        return after(current, markerOf.apply(items.get(items.size() - 1)), details);
    }

    /**
     * @param current the position of the page just read
     * @param marker the marker read from its last item
     * @param details the listing, for the error
     * @return the position of the next page
     * @throws CloudException when the last item gave no marker
     */
    static Cursor after(Cursor current, @Nullable String marker, ErrorDetails details) {
        if (marker == null || marker.isEmpty()) {
            throw new CloudException(details.service() + "." + details.operation() + ": the last item of a page has"
                    + " no marker to ask for the next page with", details, null);
        }
        return Cursor.of(current.limit(), marker, null);
    }
}
