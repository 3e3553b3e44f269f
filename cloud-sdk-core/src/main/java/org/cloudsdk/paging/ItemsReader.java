package org.cloudsdk.paging;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads the items of a page straight from its body, without a JSON tree of the whole page, for
 * listings whose pages are large top-level JSON arrays (Swift's object listings: 10,000 entries,
 * about 2 MB, per page). Used with the limit + marker scheme only: the marker of the next page is
 * read from the last item by {@link #marker(Object)}, not from its JSON.
 *
 * @param <T> the item type
 */
public interface ItemsReader<T> {

    /**
     * @param body the body of one page, a JSON array (never empty: an empty body is an empty page)
     * @return its items in the server's order, none of them null
     * @throws org.cloudsdk.errors.CloudException when the body is not what the listing serves
     */
    List<T> read(byte[] body);

    /**
     * @param last the last item of a page
     * @return the marker to ask for the page after it with; null or empty is an error
     */
    @Nullable String marker(T last);
}
