package org.cloudsdk.octavia;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The optional fields of an L7 rule, for a create and for an update (which leaves unset fields as
 * they are): the key (the header, cookie or DN field a rule of those types reads), invert, admin
 * state, tags (API 2.5), and (updates only: a create takes them as parameters) type, compare type
 * and value.
 *
 * <pre>{@code
 * L7RuleOptions options = L7RuleOptions.builder().key("X-Version").invert(true).build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class L7RuleOptions extends OctaviaOptions {

    private static final L7RuleOptions DEFAULTS = builder().build();

    private L7RuleOptions(Builder b) {
        super(b);
    }

    /** @return no optional field */
    public static L7RuleOptions defaults() {
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

    /** @return the key, if set */
    public Optional<String> key() {
        return Optional.ofNullable((String) values.get("key"));
    }

    /**
     * The API's rules for a rule's type, comparison, key and value: a key for HEADER, COOKIE and
     * SSL_DN_FIELD and none for the other SSL types; FILE_TYPE compares by REGEX or EQUAL_TO, the
     * certificate checks by EQUAL_TO only, with {@code True} or a non-negative integer.
     */
    static void checkRule(L7RuleType type, L7CompareType compareType, String value, @Nullable String key) {
        OctaviaEnums.wire(type);
        OctaviaEnums.wire(compareType);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("value must not be empty");
        }
        if (type.needsKey() && key == null) {
            throw new IllegalArgumentException("a " + type + " rule needs a key (the " + switch (type) {
                case HEADER -> "header's name";
                case COOKIE -> "cookie's name";
                default -> "distinguished name's field";
            } + ")");
        }
        boolean sslCheck = type == L7RuleType.SSL_CONN_HAS_CERT || type == L7RuleType.SSL_VERIFY_RESULT;
        if (!type.needsKey() && key != null && (sslCheck || type == L7RuleType.HOST_NAME || type == L7RuleType.PATH
                || type == L7RuleType.FILE_TYPE)) {
            throw new IllegalArgumentException("a " + type + " rule takes no key");
        }
        if (type == L7RuleType.FILE_TYPE && compareType != L7CompareType.REGEX
                && compareType != L7CompareType.EQUAL_TO) {
            throw new IllegalArgumentException("a FILE_TYPE rule compares by REGEX or EQUAL_TO only, not "
                    + compareType);
        }
        if (sslCheck && compareType != L7CompareType.EQUAL_TO) {
            throw new IllegalArgumentException("a " + type + " rule compares by EQUAL_TO only, not " + compareType);
        }
        if (type == L7RuleType.SSL_CONN_HAS_CERT && !value.equalsIgnoreCase("true")) {
            throw new IllegalArgumentException("the value of an SSL_CONN_HAS_CERT rule must be 'True', was '" + value
                    + "'");
        }
        if (type == L7RuleType.SSL_VERIFY_RESULT && !value.matches("[0-9]+")) {
            throw new IllegalArgumentException("the value of an SSL_VERIFY_RESULT rule must be an integer of 0 or more,"
                    + " was '" + value + "'");
        }
    }

    /** Builder of {@link L7RuleOptions}; each value is checked as it is set. */
    public static final class Builder extends OctaviaOptions.Builder<Builder> {

        private Builder() {
        }

        /**
         * @param value the header, cookie or DN field to read, at most 255 characters on one line
         * @return this builder
         */
        public Builder key(String value) {
            values.put("key", OctaviaChecks.ruleText(OctaviaChecks.text(value, "key"), "key"));
            return this;
        }

        /** @param value true to match what the comparison does not @return this builder */
        public Builder invert(boolean value) {
            values.put("invert", value);
            return this;
        }

        /** @param value the new type (updates only) @return this builder */
        public Builder type(L7RuleType value) {
            Objects.requireNonNull(value, "type must not be null");
            OctaviaEnums.wire(value);
            values.put("type", value);
            return this;
        }

        /** @param value the new comparison (updates only) @return this builder */
        public Builder compareType(L7CompareType value) {
            Objects.requireNonNull(value, "compareType must not be null");
            OctaviaEnums.wire(value);
            values.put("compare_type", value);
            return this;
        }

        /** @param value the new value, 1 to 255 characters on one line (updates only) @return this builder */
        public Builder value(String value) {
            values.put("value", OctaviaChecks.ruleText(OctaviaChecks.text(value, "value"), "value"));
            return this;
        }

        /** @return the options */
        public L7RuleOptions build() {
            return new L7RuleOptions(this);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
