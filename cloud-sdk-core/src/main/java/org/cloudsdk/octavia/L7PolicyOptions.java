package org.cloudsdk.octavia;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The optional fields of an L7 policy, for a create and for an update (which leaves unset fields
 * as they are): name, description, admin state, position (1 or more; Octavia's default: last),
 * the target of the action (a pool, a URL or a prefix), the redirect status (API 2.9), tags
 * (API 2.5), and (updates only: a create takes it as a parameter) the action.
 *
 * <pre>{@code
 * L7PolicyOptions options = L7PolicyOptions.builder().redirectPoolId(imagesPool.id()).position(1).build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class L7PolicyOptions extends OctaviaOptions {

    private static final L7PolicyOptions DEFAULTS = builder().build();

    private L7PolicyOptions(Builder b) {
        super(b);
    }

    /** @return no optional field */
    public static L7PolicyOptions defaults() {
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

    /** @return the action an update sets, if any */
    public Optional<L7PolicyAction> action() {
        return Optional.ofNullable((L7PolicyAction) values.get("action"));
    }

    /** Checks that the action has its target, and no other. */
    void checkFor(L7PolicyAction action) {
        String needed = switch (action) {
            case REDIRECT_TO_POOL -> "redirect_pool_id";
            case REDIRECT_TO_URL -> "redirect_url";
            case REDIRECT_PREFIX -> "redirect_prefix";
            default -> null;
        };
        if (needed != null && !values.containsKey(needed)) {
            throw new IllegalArgumentException("a " + action + " policy needs " + parameter(needed));
        }
        for (String target : new String[] {"redirect_pool_id", "redirect_url", "redirect_prefix"}) {
            if (!target.equals(needed) && values.containsKey(target)) {
                throw new IllegalArgumentException(parameter(target) + " does not apply to a " + action + " policy");
            }
        }
        if (values.containsKey("redirect_http_code") && action != L7PolicyAction.REDIRECT_TO_URL
                && action != L7PolicyAction.REDIRECT_PREFIX) {
            throw new IllegalArgumentException("redirectHttpCode applies to REDIRECT_TO_URL and REDIRECT_PREFIX"
                    + " policies only, not " + action);
        }
    }

    private static String parameter(String field) {
        return switch (field) {
            case "redirect_pool_id" -> "redirectPoolId";
            case "redirect_url" -> "redirectUrl";
            default -> "redirectPrefix";
        };
    }

    @Override
    RequestFields requestFields() {
        RequestFields fields = super.requestFields();
        if (values.containsKey("redirect_http_code")) {
            fields.need(OctaviaVersions.REDIRECT_CODE, "redirect_http_code");
        }
        return fields;
    }

    /** Builder of {@link L7PolicyOptions}; each value is checked as it is set. */
    public static final class Builder extends OctaviaOptions.Builder<Builder> {

        private Builder() {
        }

        /** @param value at most 255 characters @return this builder */
        public Builder name(String value) {
            values.put("name", OctaviaChecks.shortText(value, "name"));
            return this;
        }

        /** @param value at most 255 characters @return this builder */
        public Builder description(String value) {
            values.put("description", OctaviaChecks.shortText(value, "description"));
            return this;
        }

        /** @param value the new action (updates only; set its target too) @return this builder */
        public Builder action(L7PolicyAction value) {
            Objects.requireNonNull(value, "action must not be null");
            OctaviaEnums.wire(value);
            values.put("action", value);
            return this;
        }

        /**
         * @param value its position among the listener's policies, 1 to 2147483647 (later
         *     policies move down)
         * @return this builder
         */
        public Builder position(int value) {
            values.put("position", OctaviaChecks.range(value, OctaviaChecks.MIN_POSITION, OctaviaChecks.MAX_POSITION,
                    "position"));
            return this;
        }

        /** @param value the pool of a REDIRECT_TO_POOL policy @return this builder */
        public Builder redirectPoolId(String value) {
            values.put("redirect_pool_id", OctaviaChecks.uuid(value, "redirectPoolId"));
            return this;
        }

        /** @param value the http or https URL of a REDIRECT_TO_URL policy @return this builder */
        public Builder redirectUrl(String value) {
            values.put("redirect_url", url(value, "redirectUrl"));
            return this;
        }

        /** @param value the http or https prefix of a REDIRECT_PREFIX policy @return this builder */
        public Builder redirectPrefix(String value) {
            values.put("redirect_prefix", url(value, "redirectPrefix"));
            return this;
        }

        /**
         * @param value 301, 302, 303, 307 or 308 (API 2.9; Octavia's default 302)
         * @return this builder
         */
        public Builder redirectHttpCode(int value) {
            if (!OctaviaChecks.REDIRECT_CODES.contains(value)) {
                throw new IllegalArgumentException("redirectHttpCode must be one of " + OctaviaChecks.REDIRECT_CODES
                        + ", was " + value);
            }
            values.put("redirect_http_code", value);
            return this;
        }

        /** @return the options */
        public L7PolicyOptions build() {
            return new L7PolicyOptions(this);
        }

        private static String url(String value, String parameter) {
            Objects.requireNonNull(value, parameter + " must not be null");
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return value;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new IllegalArgumentException(parameter + " must be an http or https URL such as"
                    + " https://www.example.com, was '" + value + "'");
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
