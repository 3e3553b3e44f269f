package org.cloudsdk.objectstorage;

/**
 * Optional parameters of an object listing, pyrax's {@code get_objects} keyword arguments.
 * Immutable: each method returns a copy.
 *
 * <pre>{@code
 * ListOptions.defaults().prefix("photos/").delimiter('/')
 * }</pre>
 *
 * @param limit the most objects to return, 1 to 10,000; 0 for Swift's default page of 10,000
 * @param marker return only names after this one (paging), or null
 * @param prefix return only names starting with this, or null
 * @param delimiter a character that rolls names up into pseudo-folders: with {@code '/'}, names
 *     with a {@code /} after the prefix are left out of the objects; 0 for none
 * @param fullListing true to follow every page to the end of the container ({@code limit}, when
 *     given, then sets the page size)
 * @param endMarker return only names before this one, or null
 */
public record ListOptions(int limit, String marker, String prefix, char delimiter, boolean fullListing,
        String endMarker) {

    private static final ListOptions DEFAULTS = new ListOptions(0, null, null, (char) 0, false, null);

    /** Validates the limit. */
    public ListOptions {
        if (limit < 0 || limit > ObjectStorageSettings.MAX_LISTING_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be 1 to " + ObjectStorageSettings.MAX_LISTING_PAGE_SIZE
                    + " (or 0 for the default), was " + limit);
        }
    }

    /** @return the first page of up to 10,000 objects, no filter */
    public static ListOptions defaults() {
        return DEFAULTS;
    }

    /** @param value the most objects to return @return a copy with it */
    public ListOptions limit(int value) {
        return new ListOptions(value, marker, prefix, delimiter, fullListing, endMarker);
    }

    /** @param value the name to list after @return a copy with it */
    public ListOptions marker(String value) {
        return new ListOptions(limit, value, prefix, delimiter, fullListing, endMarker);
    }

    /** @param value the prefix @return a copy with it */
    public ListOptions prefix(String value) {
        return new ListOptions(limit, marker, value, delimiter, fullListing, endMarker);
    }

    /** @param value the delimiter @return a copy with it */
    public ListOptions delimiter(char value) {
        return new ListOptions(limit, marker, prefix, value, fullListing, endMarker);
    }

    /** @param value whether to follow every page @return a copy with it */
    public ListOptions fullListing(boolean value) {
        return new ListOptions(limit, marker, prefix, delimiter, value, endMarker);
    }

    /** @param value list only names before this one @return a copy with it */
    public ListOptions endMarker(String value) {
        return new ListOptions(limit, marker, prefix, delimiter, fullListing, value);
    }

    /** @return whether a delimiter is set */
    public boolean hasDelimiter() {
        return delimiter != 0;
    }
}
