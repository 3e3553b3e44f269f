package org.cloudsdk.image;

import java.util.Locale;

import org.cloudsdk.model.JsonName;

/** Who sees an image: the chapter's public and private images, and Glance's later kinds. */
public enum Visibility {
    /** The provider's images, seen by every project. */
    @JsonName("public") PUBLIC,
    /** Seen by its owner only. */
    @JsonName("private") PRIVATE,
    /** Seen by its owner and the projects it is shared with (its members). */
    @JsonName("shared") SHARED,
    /** Seen by every project that asks for it, listed only by those that accepted it. */
    @JsonName("community") COMMUNITY,
    /** A value this SDK does not know. */
    UNKNOWN;

    /** @return the value as Glance writes it */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
