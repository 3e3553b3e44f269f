package org.cloudsdk.paging;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where one page starts: the paging parameters its request carries. Either the SDK's own
 * parameters ({@code limit}, {@code marker}, {@code offset}) or, for a followed next link, the
 * query of that link as the server wrote it.
 *
 * @param limit the page size sent, or null for the server's default
 * @param marker the marker sent, or null
 * @param offset the offset sent, or null
 * @param link the next link this page was reached by, or null
 * @param linkQuery the query parameters of {@code link}, in order; empty without a link
 * @param listedBefore the items the iteration read before this page (counted only by a listing
 *     that ends on a count header, see {@link Listing.Builder#endAtCountHeader(String)})
 */
record Cursor(@Nullable Integer limit, @Nullable String marker, @Nullable Integer offset, @Nullable String link,
        List<Map.Entry<String, String>> linkQuery, long listedBefore) {

    Cursor {
        linkQuery = List.copyOf(linkQuery);
    }

    static Cursor of(@Nullable Integer limit, @Nullable String marker, @Nullable Integer offset) {
        return new Cursor(limit, marker, offset, null, List.of(), 0);
    }

    static Cursor link(String href, List<Map.Entry<String, String>> query) {
        return new Cursor(null, null, null, href, query, 0);
    }

    /**
     * @param count the items read up to the end of the page before this one
     * @return this position with that count
     */
    Cursor listedBefore(long count) {
        return new Cursor(limit, marker, offset, link, linkQuery, count);
    }

    /** @return what identifies this position, so that a listing sent back to it is caught */
    String key() {
        if (link != null) {
            return "link " + link;
        }
        if (offset != null) {
            return "offset " + offset;
        }
        return marker == null ? "start" : "marker " + marker;
    }

    /** @return how the position is named in a message */
    String describe() {
        if (link != null) {
            return "next link '" + link + "'";
        }
        if (offset != null) {
            return "offset " + offset;
        }
        return marker == null ? "the first page" : "marker '" + marker + "'";
    }
}
