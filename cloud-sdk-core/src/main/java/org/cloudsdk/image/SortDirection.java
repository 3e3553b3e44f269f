package org.cloudsdk.image;

import java.util.Locale;

/** The order of an image listing ({@code sort_dir}); Glance's default is descending. */
public enum SortDirection {
    /** Smallest first. */
    ASC,
    /** Largest (for {@code created_at}: newest) first. */
    DESC;

    /** @return the value as Glance reads it */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
