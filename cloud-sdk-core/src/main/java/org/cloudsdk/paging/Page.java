package org.cloudsdk.paging;

import java.util.List;

import org.cloudsdk.errors.NoMoreResultsException;
import org.cloudsdk.http.Transport;
import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

/**
 * One page of a {@link Listing}: its items and where the pages around it are. Immutable; it
 * carries its listing, so {@link #nextPage()} and {@link #previousPage()} fetch the neighbours
 * (pyrax's {@code list_next_page} / {@code list_previous_page}).
 *
 * @param <T> the item type
 */
public final class Page<T> {

    private final Listing<T> listing;
    private final Cursor cursor;
    private final List<T> items;
    private final @Nullable Cursor next;
    private final @Nullable Cursor previous;
    private final @Nullable String requestId;

    Page(Listing<T> listing, Cursor cursor, List<T> items, @Nullable Cursor next, @Nullable Cursor previous,
            @Nullable String requestId) {
        this.listing = listing;
        this.cursor = cursor;
        this.items = List.copyOf(items);
        this.next = next;
        this.previous = previous;
        this.requestId = requestId;
    }

    /** @return the items of this page, in the server's order (read-only) */
    public List<T> items() {
        return items;
    }

    /** @return whether this page has no item (the end of the listing) */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * @return whether there may be a page after this one: false on an empty page or when the
     *     server gave no next link or marker; a page shorter than the limit may still have one
     */
    public boolean hasNext() {
        return next != null;
    }

    /** @return whether there is a page before this one (only offset-paged listings know) */
    public boolean hasPrevious() {
        return previous != null;
    }

    /**
     * @return the next page
     * @throws NoMoreResultsException when {@link #hasNext()} is false
     * @throws org.cloudsdk.errors.CloudException when the server sent this very page's position
     *     as the next one
     */
    public Page<T> nextPage() {
        return Transport.blockValue(nextPageAsync());
    }

    /**
     * @return the previous page
     * @throws NoMoreResultsException when {@link #hasPrevious()} is false
     */
    public Page<T> previousPage() {
        return Transport.blockValue(previousPageAsync());
    }

    /** @return the next page, fetched when subscribed; an error as {@link #nextPage()} throws */
    public Mono<Page<T>> nextPageAsync() {
        return Mono.defer(() -> {
            if (next == null) {
                return Mono.error(new NoMoreResultsException("there is no next page in " + listing.describe(),
                        listing.details()));
            }
            if (next.key().equals(cursor.key())) {
                return Mono.error(listing.repeated(this, next));
            }
            return listing.fetch(next);
        });
    }

    /** @return the previous page, fetched when subscribed; an error as {@link #previousPage()} throws */
    public Mono<Page<T>> previousPageAsync() {
        return Mono.defer(() -> previous == null
                ? Mono.error(new NoMoreResultsException("there is no previous page in " + listing.describe(),
                        listing.details()))
                : listing.fetch(previous));
    }

    @Nullable Cursor next() {
        return next;
    }

    @Nullable String requestId() {
        return requestId;
    }

    @Override
    public String toString() {
        return "Page[" + items.size() + " items at " + cursor.describe() + ", next: " + (next == null ? "none"
                : next.describe()) + "]";
    }
}
