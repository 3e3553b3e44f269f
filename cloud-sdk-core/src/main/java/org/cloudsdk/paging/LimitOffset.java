package org.cloudsdk.paging;

import org.cloudsdk.errors.ErrorDetails;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * {@code ?limit=&offset=}, the offset a multiple of the limit (Cloud DNS). Pages go both ways; a
 * response that says there is no next page ({@code links} without {@code rel=next}, or
 * {@code totalEntries} reached) ends the listing before an empty page has to be asked for, as
 * pyrax's {@code list_next_page} raised {@code NoMoreResults} there.
 */
final class LimitOffset extends PagingScheme {

    private final int defaultLimit;

    LimitOffset(int maxLimit, int defaultLimit) {
        super(maxLimit);
        if (maxLimit < 1) {
            throw new IllegalArgumentException("maxLimit must be at least 1, was " + maxLimit);
        }
        if (defaultLimit < 1 || defaultLimit > maxLimit) {
            throw new IllegalArgumentException("defaultLimit must be 1 to " + maxLimit + ", was " + defaultLimit);
        }
        this.defaultLimit = defaultLimit;
    }

    @Override
    public PagingScheme withMaxLimit(int value) {
        return new LimitOffset(value, Math.min(defaultLimit, Math.max(value, 1)));
    }

    @Override
    String name() {
        return "limitOffset";
    }

    @Override
    void validate(@Nullable Integer limit, @Nullable String marker, @Nullable Integer offset) {
        super.validate(limit, marker, null);
        if (marker != null) {
            throw new IllegalArgumentException("marker does not apply to the limitOffset paging scheme; use offset");
        }
        if (offset != null) {
            int pageSize = limit != null ? limit : defaultLimit;
            if (offset < 0) {
                throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
            }
            if (offset % pageSize != 0) {
                throw new IllegalArgumentException("offset must be a multiple of the limit (" + pageSize + "), was "
                        + offset);
            }
        }
    }

    @Override
    Cursor first(@Nullable Integer limit, @Nullable String marker, @Nullable Integer offset) {
        return Cursor.of(limit != null ? limit : defaultLimit, null, offset != null ? offset : 0);
    }

    @Override
    @Nullable Cursor next(Cursor current, JsonNode body, JsonNode items, @Nullable String itemsField,
            ErrorDetails details) {
        JsonNode links = body.path("links");
        if (links.isArray() && Links.href(links, "next") == null) {
            return null;
        }
        JsonNode total = body.path("totalEntries");
        int offset = offsetOf(current);
        if (total.isNumber() && offset + items.size() >= total.asLong()) {
            return null;
        }
        int limit = limitOf(current);
        return Cursor.of(limit, null, offset + limit);
    }

    @Override
    @Nullable Cursor previous(Cursor current) {
        int offset = offsetOf(current);
        int limit = limitOf(current);
        return offset == 0 ? null : Cursor.of(limit, null, Math.max(0, offset - limit));
    }

    // first() gives every cursor of this scheme both values; these are its defaults again
    private int limitOf(Cursor cursor) {
        Integer limit = cursor.limit();
        return limit != null ? limit : defaultLimit;
    }

    private static int offsetOf(Cursor cursor) {
        Integer offset = cursor.offset();
        return offset != null ? offset : 0;
    }
}
