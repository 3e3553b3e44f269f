package org.cloudsdk.designate;

/**
 * The optional settings of a floating IP's PTR record ({@link Designate#setFloatingIpPtr}): its TTL and description.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class FloatingIpPtrOptions extends TtlAndDescription {

    private static final FloatingIpPtrOptions DEFAULTS = builder().build();

    private FloatingIpPtrOptions(Builder b) {
        super(b);
    }

    /** @return no TTL (the reverse zone's), no description */
    public static FloatingIpPtrOptions defaults() {
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

    /** Builder of {@link FloatingIpPtrOptions}: its {@code ttl} and {@code description}. */
    public static final class Builder extends TtlAndDescription.Builder<Builder> {

        private Builder() {
        }

        /** @return the options */
        public FloatingIpPtrOptions build() {
            return new FloatingIpPtrOptions(this);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
