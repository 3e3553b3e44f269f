package org.cloudsdk.objectstorage;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.paging.Listing;
import org.jspecify.annotations.Nullable;

/**
 * The objects of a container, fetched lazily one listing page at a time: memory stays at one page
 * however many millions of objects the container holds. Each page is asked for with the last name
 * of the previous one as marker, so objects added or removed meanwhile never make it repeat or
 * skip what it has not reached yet; the listing ends on an empty page (a page shorter than the
 * limit is not the end: a cluster may cap its pages). Pseudo-folders ({@code subdir} entries) are
 * not objects and are left out.
 *
 * <p>Holds no connection between pages, so it need not be closed. Not thread-safe: one thread
 * iterates it.
 */
public final class ObjectListing implements Iterator<StorageObject> {

    private final String container;
    private final Iterator<ListingEntry> entries;
    private @Nullable StorageObject next;

    ObjectListing(String container, Listing<ListingEntry> listing) {
        this.container = container;
        this.entries = listing.iterator();
    }

    /**
     * @return whether another object follows, fetching pages until one holds an object or the
     *     listing ends
     * @throws NoSuchContainerException when the container does not exist
     */
    @Override
    public boolean hasNext() {
        try {
            while (next == null && entries.hasNext()) {
                next = entries.next().object();
            }
        } catch (NotFoundException e) {
            throw ObjectStorage.noSuchContainer(container, e);
        }
        return next != null;
    }

    /**
     * @return the next object
     * @throws NoSuchElementException when there is none
     */
    @Override
    public StorageObject next() {
        StorageObject object = hasNext() ? next : null;
        if (object == null) {
            throw new NoSuchElementException("no more objects in container '" + container + "'");
        }
        next = null;
        return object;
    }

    /** @return the remaining objects as a lazy sequential stream */
    public Stream<StorageObject> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED
                | Spliterator.NONNULL), false);
    }
}
