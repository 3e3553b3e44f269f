package org.cloudsdk.octavia;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the optional fields of Octavia's creates and updates ({@link HealthMonitorOptions},
 * {@link L7PolicyOptions}, {@link L7RuleOptions}, {@link ListenerOptions}, {@link MemberOptions},
 * {@link PoolOptions}) share: the fields by Octavia's names in the order set (a null value clears
 * the field on update), their request body, equality by class and fields, and the builder's
 * {@code adminStateUp} and {@code tags}.
 */
abstract class OctaviaOptions {

    final Map<String, @Nullable Object> values;

    OctaviaOptions(Builder<?> b) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(b.values));
    }

    /** @return the fields as Octavia names them, in the order set (null: cleared by an update) */
    public Map<String, @Nullable Object> fields() {
        return values;
    }

    /** @return the fields in a request body (null ones sent as JSON null), with the API version of tags */
    RequestFields requestFields() {
        RequestFields fields = valueFields();
        if (values.containsKey("tags")) {
            fields.need(OctaviaVersions.TAGS, "tags");
        }
        return fields;
    }

    /** @return the fields in a request body, without any API version they need */
    final RequestFields valueFields() {
        RequestFields fields = new RequestFields();
        values.forEach((name, value) -> {
            if (value == null) {
                fields.putNull(name);
            } else {
                fields.put(name, value);
            }
        });
        return fields;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof OctaviaOptions that && that.getClass() == getClass() && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + values;
    }

    /**
     * The part of the builders all these options share; each value is checked as it is set.
     *
     * @param <B> the builder's own type, returned by every setter
     */
    abstract static class Builder<B extends Builder<B>> {

        final Map<String, @Nullable Object> values = new LinkedHashMap<>();

        Builder() {
        }

        /** Starts from {@code options}. */
        final B from(OctaviaOptions options) {
            values.putAll(options.values);
            return self();
        }

        /** @param value false to take it out of service administratively @return this builder */
        public B adminStateUp(boolean value) {
            values.put("admin_state_up", value);
            return self();
        }

        /** @param values tags of 1 to 255 characters (API 2.5) @return this builder */
        public B tags(Collection<String> values) {
            this.values.put("tags", OctaviaChecks.tags(values, "tags"));
            return self();
        }

        abstract B self();
    }
}
