package org.cloudsdk.objectstorage;

/**
 * A byte range of an object, sent as an HTTP {@code Range} header.
 *
 * @param first the first byte (0-based), or -1 for a suffix range
 * @param last the last byte, inclusive, or -1 for "to the end"; for a suffix range, how many
 *     bytes at the end
 */
public record RangeSpec(long first, long last) {

    /** Checks that the range is one HTTP can express. */
    public RangeSpec {
        if (first < -1 || last < -1 || (first == -1 && last < 1) || (first >= 0 && last >= 0 && last < first)) {
            throw new IllegalArgumentException("range: invalid byte range first=" + first + ", last=" + last
                    + " (use RangeSpec.bytes, from or lastBytes)");
        }
    }

    /**
     * @param first the first byte, 0-based
     * @param last the last byte, inclusive
     * @return the range {@code bytes=first-last}
     */
    public static RangeSpec bytes(long first, long last) {
        return new RangeSpec(first, last);
    }

    /**
     * @param offset the first byte, 0-based
     * @param length how many bytes, at least 1
     * @return the range of {@code length} bytes from {@code offset}
     */
    public static RangeSpec of(long offset, long length) {
        if (length < 1) {
            throw new IllegalArgumentException("length must be at least 1, was " + length);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        return new RangeSpec(offset, offset + length - 1);
    }

    /** @param offset the first byte, 0-based @return the range from it to the end */
    public static RangeSpec from(long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        return new RangeSpec(offset, -1);
    }

    /** @param count how many bytes at the end, at least 1 @return the range of the last bytes */
    public static RangeSpec lastBytes(long count) {
        return new RangeSpec(-1, count);
    }

    /** @return the value of the {@code Range} header */
    public String headerValue() {
        if (first == -1) {
            return "bytes=-" + last;
        }
        return last == -1 ? "bytes=" + first + "-" : "bytes=" + first + "-" + last;
    }
}
