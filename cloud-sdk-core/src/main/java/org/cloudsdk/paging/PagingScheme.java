package org.cloudsdk.paging;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.http.ApiRequest;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * How a service's listing asks for the page after this one: one of the schemes the manual's
 * services use. A scheme is immutable and shared by every listing of a service.
 *
 * <ul>
 *   <li>{@link #limitMarker()}: {@code ?limit=&marker=}, the marker being the last item's id
 *       (Nova, Cinder, Glance, Swift, Cloud Load Balancers, Auto Scale);</li>
 *   <li>{@link #nextLink()}: the {@code <collection>_links} entry with {@code rel=next}, a
 *       top-level {@code next} or {@code links.next} (Nova, Neutron, Cinder, Glance, Octavia,
 *       Designate);</li>
 *   <li>{@link #limitOffset(int, int)}: {@code ?limit=&offset=} with the offset a multiple of the
 *       limit, and pages both ways (Cloud DNS);</li>
 *   <li>{@link #nextMarker()}: {@code metadata.next_marker} (Cloud Monitoring);</li>
 *   <li>{@link #linkMarker()}: the marker of the {@code links} entry with {@code rel=next}
 *       (Queues).</li>
 * </ul>
 *
 * <p>Whatever the scheme, a listing ends on an empty page or when the server gives no next
 * link or marker, never on a page shorter than the limit (a cluster may cap pages below the size
 * asked for); a next link or marker the listing has already followed ends it with an error.
 */
public abstract sealed class PagingScheme permits LimitMarker, NextLink, LimitOffset, NextMarker, LinkMarker {

    static final String LIMIT = "limit";
    static final String MARKER = "marker";
    static final String OFFSET = "offset";

    private final int maxLimit;

    PagingScheme(int maxLimit) {
        if (maxLimit < 0) {
            throw new IllegalArgumentException("maxLimit must be at least 1 (or 0 for none), was " + maxLimit);
        }
        this.maxLimit = maxLimit;
    }

    /**
     * Limit and marker, the marker of the next page being the {@code id} of the last item.
     *
     * @return the scheme, without a maximum page size
     */
    public static PagingScheme limitMarker() {
        return new LimitMarker(0, item -> Links.scalar(item.path("id")));
    }

    /**
     * Limit and marker, the marker of the next page read from the last item by a function (Swift
     * lists names: {@code item -> item.path("name").stringValue(null)}).
     *
     * @param markerOf reads the marker from the JSON of the last item of a page; a null or empty
     *     marker fails the listing
     * @return the scheme, without a maximum page size
     */
    public static PagingScheme limitMarker(Function<JsonNode, @Nullable String> markerOf) {
        return new LimitMarker(0, Objects.requireNonNull(markerOf, "markerOf must not be null"));
    }

    /**
     * The server's next link: the {@code rel=next} entry of {@code <items>_links} (Nova's
     * {@code servers_links}, Neutron's {@code networks_links}), a top-level {@code next}
     * (Glance) or the {@code next} of a {@code links} object (Designate). The link's query is sent to the listing's own endpoint and path, so the token
     * never goes to a host named by a response, and a link written with an internal host name or
     * relative to the endpoint's root (Glance's {@code /v2/images?marker=...}) works alike.
     *
     * @return the scheme, without a maximum page size
     */
    public static PagingScheme nextLink() {
        return new NextLink(0);
    }

    /**
     * Limit and offset (Cloud DNS): the offset must be a multiple of the limit, which is checked
     * before any request; the next page is at {@code offset + limit}, the previous one at
     * {@code offset - limit}. When a response says there is no next page (no {@code rel=next} in
     * its {@code links}, or {@code totalEntries} reached) the listing ends there.
     *
     * @param defaultLimit the page size when the caller gives none (the offset arithmetic needs one)
     * @param maxLimit the largest page size the service accepts
     * @return the scheme
     */
    public static PagingScheme limitOffset(int defaultLimit, int maxLimit) {
        return new LimitOffset(maxLimit, defaultLimit);
    }

    /**
     * Limit and marker, the next marker being the response's {@code metadata.next_marker}
     * (Cloud Monitoring); a null or missing one ends the listing.
     *
     * @return the scheme, without a maximum page size
     */
    public static PagingScheme nextMarker() {
        return new NextMarker(0);
    }

    /**
     * Limit and marker, the next marker being the {@code marker} parameter of the
     * {@code rel=next} entry of the response's {@code links} (Queues).
     *
     * @return the scheme, without a maximum page size
     */
    public static PagingScheme linkMarker() {
        return new LinkMarker(0);
    }

    /**
     * @param value the largest page size the service accepts, checked before any request; 0 for
     *     none (not for {@link #limitOffset(int, int)}, whose offsets need a bounded page size)
     * @return a copy of this scheme with it (for limit + offset, its default page size lowered to
     *     it when larger)
     * @throws IllegalArgumentException when the value is negative, or 0 for limit + offset
     */
    public abstract PagingScheme withMaxLimit(int value);

    /** @return the largest page size the service accepts, or 0 when it documents none */
    public int maxLimit() {
        return maxLimit;
    }

    /** @return the scheme's name, for messages */
    abstract String name();

    /**
     * Checks the caller's paging values before any request.
     *
     * @throws IllegalArgumentException naming the parameter and what was expected
     */
    void validate(@Nullable Integer limit, @Nullable String marker, @Nullable Integer offset) {
        if (limit != null && (limit < 1 || (maxLimit > 0 && limit > maxLimit))) {
            throw new IllegalArgumentException("limit must be 1 to " + (maxLimit > 0 ? maxLimit : Integer.MAX_VALUE)
                    + ", was " + limit);
        }
        if (offset != null) {
            throw new IllegalArgumentException("offset applies only to the limitOffset paging scheme, not to "
                    + name() + "; was " + offset);
        }
    }

    /** @return the position of the first page */
    Cursor first(@Nullable Integer limit, @Nullable String marker, @Nullable Integer offset) {
        return Cursor.of(limit, marker, offset);
    }

    /**
     * @param current the position of the page just read
     * @param body the page's JSON
     * @param items the page's items, a non-empty JSON array
     * @param itemsField where the items were, or null for a top-level array
     * @param details the listing's service and operation, for errors
     * @return the position of the next page, or null when this page was the last
     */
    abstract @Nullable Cursor next(Cursor current, JsonNode body, JsonNode items, @Nullable String itemsField,
            ErrorDetails details);

    /**
     * @param current the position of the page just read
     * @return the position of the previous page, or null when there is none
     */
    @Nullable Cursor previous(Cursor current) {
        return null;
    }

    /** Adds a page's paging parameters to its request. */
    final void apply(Cursor cursor, ApiRequest.Builder request) {
        if (cursor.link() != null) {
            for (Map.Entry<String, String> parameter : cursor.linkQuery()) {
                request.query(parameter.getKey(), parameter.getValue());
            }
            return;
        }
        request.query(LIMIT, cursor.limit()).query(MARKER, cursor.marker());
        if (cursor.offset() != null && cursor.offset() > 0) {
            request.query(OFFSET, cursor.offset());
        }
    }

    @Override
    public String toString() {
        return name() + (maxLimit > 0 ? "[maxLimit=" + maxLimit + "]" : "");
    }
}
