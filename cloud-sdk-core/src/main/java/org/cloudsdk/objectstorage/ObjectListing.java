package org.cloudsdk.objectstorage;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The objects of a container, fetched lazily one listing page at a time: memory stays at one page
 * however many millions of objects the container holds. Each page is asked for with the last name
 * of the previous one as marker, so objects added or removed meanwhile never make it repeat or
 * skip what it has not reached yet. Pseudo-folders ({@code subdir} entries) are not objects and are
 * left out.
 *
 * <p>Holds no connection between pages, so it need not be closed. Not thread-safe: one thread
 * iterates it.
 */
public final class ObjectListing implements Iterator<StorageObject> {

    private final ObjectStorage storage;
    private final String container;
    private final String prefix;
    private final char delimiter;
    private final int pageSize;
    private String marker;
    private Iterator<StorageObject> page = List.<StorageObject>of().iterator();
    private boolean lastPage;

    ObjectListing(ObjectStorage storage, String container, String prefix, char delimiter, String marker,
            int pageSize) {
        this.storage = storage;
        this.container = container;
        this.prefix = prefix;
        this.delimiter = delimiter;
        this.marker = marker;
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        // a page of only pseudo-folders holds no object: keep going until one does or the end
        while (!page.hasNext() && !lastPage) {
            ListingPage next = storage.listPage(container, prefix, delimiter, marker, pageSize);
            page = next.objects().iterator();
            marker = next.lastName();
            lastPage = next.entries() < pageSize;
        }
        return page.hasNext();
    }

    @Override
    public StorageObject next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more objects in container '" + container + "'");
        }
        return page.next();
    }

    /** @return the remaining objects as a lazy sequential stream */
    public Stream<StorageObject> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED
                | Spliterator.NONNULL), false);
    }
}
