package org.cloudsdk.designate;

import java.util.Objects;

/**
 * Filters and paging of {@link Designate#listZones(ZoneListOptions)}: Designate's {@code name},
 * {@code email}, {@code status}, {@code type}, {@code ttl} and {@code description} filters (text
 * filters take {@code *} as a wildcard), the page size ({@code limit}, 1 to 1000; Designate's
 * default is 20) and the id to start after ({@code marker}). Listings follow Designate's
 * {@code links.next} from page to page.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class ZoneListOptions extends DesignateListOptions {

    private static final ZoneListOptions DEFAULTS = builder().build();

    private ZoneListOptions(Builder b) {
        super(b);
    }

    /** @return no filter, Designate's page size, from the first zone */
    public static ZoneListOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builder of {@link ZoneListOptions}: besides its own filters, the {@code name} (a zone name, or
     * a pattern with {@code *}), {@code status}, {@code ttl} and {@code description} filters, the
     * page size and the marker (the id of the zone to start after).
     */
    public static final class Builder extends DesignateListOptions.Builder<Builder> {

        private Builder() {
        }

        /** @param value an e-mail address, or a pattern with {@code *} @return this builder */
        public Builder email(String value) {
            return filter("email", value);
        }

        /** @param value PRIMARY or SECONDARY @return this builder */
        public Builder type(ZoneType value) {
            Objects.requireNonNull(value, "type must not be null");
            if (value == ZoneType.UNKNOWN) {
                throw new IllegalArgumentException("type must be PRIMARY, SECONDARY or CATALOG, was UNKNOWN");
            }
            return filter("type", value.name());
        }

        /** @return the options */
        public ZoneListOptions build() {
            return new ZoneListOptions(this);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
