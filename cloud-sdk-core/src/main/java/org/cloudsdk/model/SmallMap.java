package org.cloudsdk.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The unmodifiable map a record's {@code Map} component is read into when it has at most
 * {@value #MAX_SIZE} entries (a server's metadata, its addresses by network): keys and values side
 * by side in one array, in the document's order, looked up by comparing keys in turn.
 *
 * <p>Why: a handle keeps its record for its life, and an unmodifiable {@code LinkedHashMap} costs a
 * wrapper, a table and 40 bytes an entry; a listing of 5,000 servers kept about 2 MiB of them.
 * Larger maps stay {@code LinkedHashMap}s, whose look-ups do not grow with their size.
 *
 * <p>Immutable; keys and values are never null.
 */
final class SmallMap<V> extends AbstractMap<String, V> {

    /** The most entries read into this map; more go into a hashed map. */
    static final int MAX_SIZE = 16;

    /** Key i at 2i, its value at 2i + 1. */
    private final Object[] slots;

    /** @param slots keys and values side by side, distinct non-null keys, non-null values; kept, not copied */
    SmallMap(Object[] slots) {
        this.slots = slots;
    }

    @Override
    public int size() {
        return slots.length / 2;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return position(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable V get(@Nullable Object key) {
        int at = position(key);
        return at < 0 ? null : (V) slots[at + 1];
    }

    private int position(@Nullable Object key) {
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] == key || slots[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < slots.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<String, V> next() {
                        if (next >= slots.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, V> entry = new SimpleImmutableEntry<>((String) slots[next], (V) slots[next + 1]);
                        next += 2;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return slots.length / 2;
            }
        };
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (int i = 0; i < slots.length; i += 2) {
            hash += slots[i].hashCode() ^ Objects.hashCode(slots[i + 1]);
        }
        return hash;
    }
}
