package org.cloudsdk.identity;

import java.util.Locale;

/**
 * Which URL of a service to use. {@link #INTERNAL} is the service network (pyrax's
 * {@code public=False} and {@code use_servicenet}): faster, and free of bandwidth charges inside a
 * datacenter.
 */
public enum EndpointInterface {

    /** The public URL ({@code publicURL} in v2.0 catalogs). */
    PUBLIC("public", "publicURL"),
    /** The internal URL ({@code internalURL}), Rackspace's ServiceNet. */
    INTERNAL("internal", "internalURL"),
    /** The admin URL ({@code adminURL}). */
    ADMIN("admin", "adminURL");

    private final String v3Name;
    private final String v2Key;

    EndpointInterface(String v3Name, String v2Key) {
        this.v3Name = v3Name;
        this.v2Key = v2Key;
    }

    /** @return the name used by identity v3 catalogs: public, internal or admin */
    public String v3Name() {
        return v3Name;
    }

    /** @return the key used by identity v2.0 catalogs: publicURL, internalURL or adminURL */
    public String v2Key() {
        return v2Key;
    }

    /**
     * @param value public, internal, admin or their v2.0 forms (publicURL, ...), any case
     * @return the interface
     * @throws IllegalArgumentException for anything else
     */
    public static EndpointInterface parse(String value) {
        if (value != null) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            for (EndpointInterface candidate : values()) {
                if (v.equals(candidate.v3Name) || v.equals(candidate.v2Key.toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("interface must be one of public, internal, admin; was '" + value + "'");
    }
}
