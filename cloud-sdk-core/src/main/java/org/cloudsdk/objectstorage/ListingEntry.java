package org.cloudsdk.objectstorage;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an object listing: an object, or a pseudo-folder ({@code {"subdir": "stuff/"}})
 * that Swift rolls names up into when a delimiter is given. Both count towards a page's size, and
 * the last of either is the marker of the next page.
 *
 * @param object the object, or null for a pseudo-folder
 * @param subdir the pseudo-folder, ending with the delimiter, or null for an object
 */
record ListingEntry(@Nullable StorageObject object, @Nullable String subdir) {

    /** @return the marker of the page after this entry: the object's name or the pseudo-folder */
    @Nullable String marker() {
        return object != null ? object.name() : subdir;
    }

    /** @param entries a page's entries @return its objects, in order */
    static List<StorageObject> objects(List<ListingEntry> entries) {
        return entries.stream().filter(entry -> entry.object != null).map(ListingEntry::object).toList();
    }

    /** @param entries a page's entries @return its pseudo-folders, in order */
    static List<String> subdirs(List<ListingEntry> entries) {
        return entries.stream().filter(entry -> entry.subdir != null).map(ListingEntry::subdir).toList();
    }
}
