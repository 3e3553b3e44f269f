package org.cloudsdk.http;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The properties of a parsed JSON object ({@code ObjectNode}'s map), in two arrays in document
 * order instead of a {@code LinkedHashMap}.
 *
 * <p>Why: handles keep the trees they are made from, and a listing of 5,000 servers keeps about
 * 400,000 properties. A {@code LinkedHashMap} entry costs 40 bytes and a slot of its table; here a
 * property costs two array slots, 8 bytes with compressed references, and, in an object of more
 * than {@value #LINEAR_SEARCH} properties, a slot of an index of {@code int}s that keeps look-ups
 * constant-time. Property names come from the parser's symbol table, so most look-ups end on the
 * first comparison, by identity.
 *
 * <p>A complete {@link Map}: the tree stays a normal, changeable {@code ObjectNode} (puts replace in
 * place, removes close the gap, iteration follows document order). Like {@code LinkedHashMap} it is
 * not safe for concurrent changes; once built, any number of threads may read it. Its iterators do
 * not detect concurrent changes.
 */
final class CompactProperties extends AbstractMap<String, JsonNode> {

    /** Up to this many properties, a look-up compares names in order (no index). */
    static final int LINEAR_SEARCH = 8;

    private String[] names;
    private @Nullable JsonNode[] values;
    private int size;
    /** Open addressing, a power of two long: position + 1 of the property, 0 for free. */
    private int @Nullable [] index;

    private static final String[] NO_NAMES = {};
    private static final JsonNode[] NO_VALUES = {};

    CompactProperties() {
        // shared: a put copies into new arrays before it writes
        names = NO_NAMES;
        values = NO_VALUES;
    }

    /**
     * The properties of an object the parser has read, in order: copied once into arrays of their
     * exact size. A name the object repeats keeps its last value in its first place, as
     * {@code ObjectNode.set} does.
     *
     * @param names the names, in document order ({@code size} of them)
     * @param values their values
     * @param size how many
     * @return the map
     */
    static CompactProperties of(String[] names, JsonNode[] values, int size) {
        CompactProperties properties = new CompactProperties();
        properties.names = Arrays.copyOf(names, size);
        properties.values = Arrays.copyOf(values, size);
        properties.size = size;
        if (size > LINEAR_SEARCH) {
            properties.index = indexOf(properties.names, size);
        }
        if (properties.repeatsAName()) {
            CompactProperties unique = new CompactProperties();
            for (int i = 0; i < size; i++) {
                unique.put(names[i], values[i]);
            }
            return unique.trim();
        }
        return properties;
    }

    /** @return whether two properties have the same name (the index finds the first for both) */
    private boolean repeatsAName() {
        for (int i = 1; i < size; i++) {
            if (position(names[i]) != i) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(@Nullable Object name) {
        return position(name) >= 0;
    }

    @Override
    public @Nullable JsonNode get(@Nullable Object name) {
        int at = position(name);
        return at < 0 ? null : values[at];
    }

    @Override
    public @Nullable JsonNode put(String name, @Nullable JsonNode value) {
        Objects.requireNonNull(name, "a JSON property needs a name");
        int at = position(name);
        if (at >= 0) {
            JsonNode old = values[at];
            values[at] = value;
            return old;
        }
        if (size == names.length) {
            int capacity = Math.max(LINEAR_SEARCH, size + (size >> 1));
            names = Arrays.copyOf(names, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        names[size] = name;
        values[size] = value;
        size++;
        if (index != null && size * 4 <= index.length * 3) {
            insert(index, name, size - 1);
        } else if (size > LINEAR_SEARCH) {
            index = indexOf(names, size);
        }
        return null;
    }

    @Override
    public @Nullable JsonNode remove(@Nullable Object name) {
        int at = position(name);
        return at < 0 ? null : removeAt(at);
    }

    @Override
    public void clear() {
        Arrays.fill(names, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
        index = null;
    }

    /** Drops the spare room the arrays grew by. */
    CompactProperties trim() {
        if (names.length > size) {
            names = Arrays.copyOf(names, size);
            values = Arrays.copyOf(values, size);
        }
        return this;
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, JsonNode>> iterator() {
                return new Properties();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private JsonNode removeAt(int at) {
        JsonNode old = values[at];
        int after = size - at - 1;
        System.arraycopy(names, at + 1, names, at, after);
        System.arraycopy(values, at + 1, values, at, after);
        size--;
        names[size] = null;
        values[size] = null;
        // positions after the gap moved: rebuild (removes are rare; parsing never removes)
        index = size > LINEAR_SEARCH ? indexOf(names, size) : null;
        return old;
    }

    private int position(@Nullable Object name) {
        if (!(name instanceof String wanted)) {
            return -1;
        }
        int[] table = index;
        if (table == null) {
            for (int i = 0; i < size; i++) {
                String candidate = names[i];
                if (candidate == wanted || candidate.equals(wanted)) {
                    return i;
                }
            }
            return -1;
        }
        int mask = table.length - 1;
        for (int slot = spread(wanted.hashCode()) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            String candidate = names[table[slot] - 1];
            if (candidate == wanted || candidate.equals(wanted)) {
                return table[slot] - 1;
            }
        }
        return -1;
    }

    private static int[] indexOf(String[] names, int size) {
        int capacity = Integer.highestOneBit(Math.max(size * 4 / 3, 1)) * 2;
        int[] table = new int[capacity];
        for (int i = 0; i < size; i++) {
            insert(table, names[i], i);
        }
        return table;
    }

    private static void insert(int[] table, String name, int position) {
        int mask = table.length - 1;
        int slot = spread(name.hashCode()) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = position + 1;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** Iterates in document order; its entries read and write through to the map. */
    private final class Properties implements Iterator<Entry<String, JsonNode>> {

        private int next;
        private int last = -1;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Entry<String, JsonNode> next() {
            if (next >= size) {
                throw new NoSuchElementException();
            }
            last = next++;
            return new Property(last);
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException("next() first, once per remove()");
            }
            removeAt(last);
            next = last;
            last = -1;
        }
    }

    private final class Property implements Entry<String, JsonNode> {

        private final int at;

        Property(int at) {
            this.at = at;
        }

        @Override
        public String getKey() {
            return names[at];
        }

        @Override
        public @Nullable JsonNode getValue() {
            return values[at];
        }

        @Override
        public @Nullable JsonNode setValue(@Nullable JsonNode value) {
            JsonNode old = values[at];
            values[at] = value;
            return old;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Entry<?, ?> e && getKey().equals(e.getKey()) && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return getKey().hashCode() ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}
