package org.cloudsdk.http;

import java.util.Arrays;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.node.StringNode;

/**
 * One {@link StringNode} for each distinct short string value of one parsed document.
 *
 * <p>Why: a listing repeats most of its values on every item (a server's status, project, image
 * and flavor ids, host, availability zone, address types, link relations, timestamps), and the
 * handles keep their trees. The parser's characters are looked up before any {@code String} is
 * made, so a repeated value costs neither a {@code String} nor a node, kept or garbage. Nodes are
 * immutable, so sharing one among the places of a tree changes nothing a reader can see.
 *
 * <p>One instance per document, used by one thread.
 */
final class SharedStrings {

    /** Longer values (URLs, descriptions, keys) rarely repeat: made as they come, not kept here. */
    static final int MAX_LENGTH = 48;
    /** Enough for the distinct values of a page of a thousand items; past it, values are made as they come. */
    static final int MAX_ENTRIES = 1 << 14;

    /** A document has at most about one distinct short value in this many bytes (a page of Nova servers: one in 220). */
    private static final int BYTES_PER_VALUE = 128;

    private final int initialSlots;
    /** Open addressing, a power of two long; the same slot of each array describes one value. */
    private StringNode[] nodes = new StringNode[0];
    /** The values' characters, compared with the parser's by a vectorized {@link Arrays#equals}. */
    private char[][] texts = new char[0][];
    private int[] hashes = new int[0];
    private int count;

    /**
     * @param documentLength the document's length in bytes: the table starts at about twice the
     *     distinct values such a document has, so that a page of a listing does not grow it
     */
    SharedStrings(int documentLength) {
        int expected = Math.min(documentLength / BYTES_PER_VALUE, MAX_ENTRIES);
        // the power of two at or above the expected count, doubled: a load of at most a half
        initialSlots = Math.max(16, Integer.highestOneBit(Math.max(expected - 1, 1)) << 2);
    }

    /** @return the node of the parser's current string value */
    StringNode node(JsonParser parser) {
        int length = parser.getStringLength();
        if (length == 0) {
            return StringNode.valueOf("");
        }
        if (length > MAX_LENGTH) {
            return StringNode.valueOf(parser.getString());
        }
        char[] chars = parser.getStringCharacters();
        int offset = parser.getStringOffset();
        int end = offset + length;
        int hash = 0;
        for (int i = offset; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        if (nodes.length == 0) {
            nodes = new StringNode[initialSlots];
            texts = new char[initialSlots][];
            hashes = new int[initialSlots];
        }
        int mask = nodes.length - 1;
        int slot = spread(hash) & mask;
        for (; nodes[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && Arrays.equals(texts[slot], 0, texts[slot].length, chars, offset, end)) {
                return nodes[slot];
            }
        }
        char[] text = Arrays.copyOfRange(chars, offset, end);
        StringNode made = StringNode.valueOf(new String(text));
        if (count < MAX_ENTRIES) {
            nodes[slot] = made;
            texts[slot] = text;
            hashes[slot] = hash;
            if (++count * 2 > nodes.length) {
                grow();
            }
        }
        return made;
    }

    private void grow() {
        StringNode[] oldNodes = nodes;
        char[][] oldTexts = texts;
        int[] oldHashes = hashes;
        nodes = new StringNode[oldNodes.length * 2];
        texts = new char[nodes.length][];
        hashes = new int[nodes.length];
        int mask = nodes.length - 1;
        for (int i = 0; i < oldNodes.length; i++) {
            if (oldNodes[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                while (nodes[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                nodes[slot] = oldNodes[i];
                texts[slot] = oldTexts[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
