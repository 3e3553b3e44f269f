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
 * The properties of a parsed JSON object ({@code ObjectNode}'s map), in one array in document
 * order, name and value side by side, instead of a {@code LinkedHashMap}.
 *
 * <p>Why: handles keep the trees they are made from, and a listing of 5,000 servers keeps about
 * 400,000 properties. A {@code LinkedHashMap} entry costs 40 bytes and a slot of its table; here a
 * property costs two array slots, 8 bytes with compressed references, and, in an object of more
 * than {@value #LINEAR_SEARCH} properties, a slot of an index that keeps look-ups constant-time
 * (2 bytes a slot up to 65,535 properties). Property names come from the parser's symbol table,
 * so most look-ups end on the first comparison, by identity.
 *
 * <p>A complete {@link Map}: the tree stays a normal, changeable {@code ObjectNode} (puts replace in
 * place, removes close the gap, iteration follows document order). Like {@code LinkedHashMap} it is
 * not safe for concurrent changes; once built, any number of threads may read it. Its iterators do
 * not detect concurrent changes.
 */
final class CompactProperties extends AbstractMap<String, JsonNode> {

    /** Up to this many properties, a look-up compares names in order (no index). */
    static final int LINEAR_SEARCH = 8;
    /** The most properties a {@code char} index can number (positions + 1 up to 65,535). */
    private static final int SMALL_INDEX_LIMIT = Character.MAX_VALUE;

    private static final Object[] NONE = {};

    /** Name of property i at 2i, its value at 2i + 1. */
    private Object[] slots;
    private int size;
    /**
     * Open addressing, a power of two long, each slot the position + 1 of a property or 0 for
     * free: a {@code char[]} while positions fit in 16 bits, else an {@code int[]}; null up to
     * {@value #LINEAR_SEARCH} properties.
     */
    private @Nullable Object index;

    CompactProperties() {
        // shared: a put copies into a new array before it writes
        slots = NONE;
    }

    /**
     * The properties of an object the parser has read, in order: copied once into an array of
     * their exact size. A name the object repeats keeps its last value in its first place, as
     * {@code ObjectNode.set} does.
     *
     * @param names the names, in document order ({@code size} of them)
     * @param values their values
     * @param size how many
     * @return the map
     */
    static CompactProperties of(String[] names, JsonNode[] values, int size) {
        CompactProperties properties = new CompactProperties();
        Object[] slots = new Object[2 * size];
        for (int i = 0; i < size; i++) {
            slots[2 * i] = names[i];
            slots[2 * i + 1] = values[i];
        }
        properties.slots = slots;
        properties.size = size;
        properties.reindex();
        if (properties.repeatsAName()) {
            CompactProperties unique = new CompactProperties();
            for (int i = 0; i < size; i++) {
                unique.put(names[i], values[i]);
            }
            return unique.trim();
        }
        return properties;
    }

    /** @return whether two properties have the same name (a look-up finds the first for both) */
    private boolean repeatsAName() {
        for (int i = 1; i < size; i++) {
            if (position(name(i)) != i) {
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
        return at < 0 ? null : value(at);
    }

    @Override
    public @Nullable JsonNode put(String name, @Nullable JsonNode value) {
        Objects.requireNonNull(name, "a JSON property needs a name");
        int at = position(name);
        if (at >= 0) {
            JsonNode old = value(at);
            slots[2 * at + 1] = value;
            return old;
        }
        if (2 * size == slots.length) {
            slots = Arrays.copyOf(slots, 2 * Math.max(LINEAR_SEARCH, size + (size >> 1)));
        }
        slots[2 * size] = name;
        slots[2 * size + 1] = value;
        size++;
        if (index != null && size * 4 <= capacity(index) * 3 && (size < SMALL_INDEX_LIMIT || index instanceof int[])) {
            insert(index, name, size - 1);
        } else {
            reindex();
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
        Arrays.fill(slots, 0, 2 * size, null);
        size = 0;
        index = null;
    }

    /** Drops the spare room the array grew by. */
    CompactProperties trim() {
        if (slots.length > 2 * size) {
            slots = Arrays.copyOf(slots, 2 * size);
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

    private String name(int at) {
        return (String) slots[2 * at];
    }

    private @Nullable JsonNode value(int at) {
        return (JsonNode) slots[2 * at + 1];
    }

    private @Nullable JsonNode removeAt(int at) {
        JsonNode old = value(at);
        System.arraycopy(slots, 2 * at + 2, slots, 2 * at, 2 * (size - at - 1));
        size--;
        slots[2 * size] = null;
        slots[2 * size + 1] = null;
        // positions after the gap moved: rebuild (removes are rare; parsing never removes)
        reindex();
        return old;
    }

    private int position(@Nullable Object name) {
        if (!(name instanceof String wanted)) {
            return -1;
        }
        Object table = index;
        if (table == null) {
            for (int i = 0; i < size; i++) {
                String candidate = name(i);
                if (candidate == wanted || candidate.equals(wanted)) {
                    return i;
                }
            }
            return -1;
        }
        int mask = capacity(table) - 1;
        for (int slot = spread(wanted.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int at = entry(table, slot) - 1;
            if (at < 0) {
                return -1;
            }
            String candidate = name(at);
            if (candidate == wanted || candidate.equals(wanted)) {
                return at;
            }
        }
    }

    /** Builds the index for the present properties, or drops it when they are few. */
    private void reindex() {
        if (size <= LINEAR_SEARCH) {
            index = null;
            return;
        }
        int capacity = Integer.highestOneBit(size * 4 / 3) * 2;
        Object table = size < SMALL_INDEX_LIMIT ? new char[capacity] : new int[capacity];
        for (int i = 0; i < size; i++) {
            insert(table, name(i), i);
        }
        index = table;
    }

    private static void insert(Object table, String name, int position) {
        int mask = capacity(table) - 1;
        int slot = spread(name.hashCode()) & mask;
        while (entry(table, slot) != 0) {
            slot = (slot + 1) & mask;
        }
        if (table instanceof char[] small) {
            small[slot] = (char) (position + 1);
        } else {
            ((int[]) table)[slot] = position + 1;
        }
    }

    private static int capacity(Object table) {
        return table instanceof char[] small ? small.length : ((int[]) table).length;
    }

    private static int entry(Object table, int slot) {
        return table instanceof char[] small ? small[slot] : ((int[]) table)[slot];
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
            return name(at);
        }

        @Override
        public @Nullable JsonNode getValue() {
            return value(at);
        }

        @Override
        public @Nullable JsonNode setValue(@Nullable JsonNode value) {
            JsonNode old = value(at);
            slots[2 * at + 1] = value;
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
