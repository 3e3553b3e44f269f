package org.cloudsdk.model;

import org.jspecify.annotations.Nullable;

/**
 * Where a value is in the document being read ({@code Server.addresses.private[0].addr}), for
 * error messages, and how the read treats JSON subtrees. The text is built only when an error
 * needs it: a listing of 5,000 servers reads over 100,000 values and builds none.
 */
final class ReadPath {

    private final @Nullable ReadPath parent;
    private final String name;
    private final int index;
    private final boolean sharesTrees;

    private ReadPath(@Nullable ReadPath parent, String name, int index, boolean sharesTrees) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.sharesTrees = sharesTrees;
    }

    /**
     * @param name the document's name (the record's simple name)
     * @param sharesTrees whether {@code JsonNode} components may be the document's own nodes:
     *     only for a document that nothing changes afterwards; otherwise they are copies
     * @return the path of the document itself
     */
    static ReadPath root(String name, boolean sharesTrees) {
        return new ReadPath(null, name, -1, sharesTrees);
    }

    /** @return the path of a property of the value here */
    ReadPath field(String property) {
        return new ReadPath(this, property, -1, sharesTrees);
    }

    /** @return the path of an element of the array here */
    ReadPath element(int position) {
        return new ReadPath(this, "", position, sharesTrees);
    }

    /** @return whether a {@code JsonNode} read here may be the document's own node (no copy) */
    boolean sharesTrees() {
        return sharesTrees;
    }

    @Override
    public String toString() {
        if (parent == null) {
            return name;
        }
        return index >= 0 ? parent + "[" + index + "]" : parent + "." + name;
    }
}
