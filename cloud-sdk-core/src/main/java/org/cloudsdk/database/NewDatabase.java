package org.cloudsdk.database;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A database to create, alone or with its instance: its name, character set ({@value #DEFAULT_CHARACTER_SET}
 * unless told) and collation ({@value #DEFAULT_COLLATE} unless told), as pyrax's
 * {@code create_database(name, character_set=None, collate=None)}.
 */
public final class NewDatabase {

    /** The character set of a database when none is given. */
    public static final String DEFAULT_CHARACTER_SET = "utf8";
    /** The collation of a database when none is given. */
    public static final String DEFAULT_COLLATE = "utf8_general_ci";

    private final String name;
    private final String characterSet;
    private final String collate;

    private NewDatabase(Builder builder) {
        this.name = builder.name;
        this.characterSet = builder.characterSet;
        this.collate = builder.collate;
    }

    /**
     * @param name the database's name
     * @return a database of that name with the default character set and collation
     */
    public static NewDatabase of(String name) {
        return builder(name).build();
    }

    /**
     * @param name the database's name
     * @return a builder starting from the defaults
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return a builder holding this database's values */
    public Builder toBuilder() {
        return new Builder(name).characterSet(characterSet).collate(collate);
    }

    /** @return the database's name */
    public String name() {
        return name;
    }

    /** @return its character set */
    public String characterSet() {
        return characterSet;
    }

    /** @return its collation */
    public String collate() {
        return collate;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof NewDatabase that && that.name.equals(name) && that.characterSet.equals(characterSet)
                && that.collate.equals(collate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, characterSet, collate);
    }

    @Override
    public String toString() {
        return "NewDatabase[name=" + name + ", characterSet=" + characterSet + ", collate=" + collate + "]";
    }

    /** Builds a {@link NewDatabase}. */
    public static final class Builder {
        private String name;
        private String characterSet = DEFAULT_CHARACTER_SET;
        private String collate = DEFAULT_COLLATE;

        private Builder(String name) {
            this.name = DatabaseLimits.text(name, "name");
        }

        /** @param value the database's name @return this builder */
        public Builder name(String value) {
            this.name = DatabaseLimits.text(value, "name");
            return this;
        }

        /** @param value a MySQL character set, such as {@code utf8mb4} @return this builder */
        public Builder characterSet(String value) {
            this.characterSet = DatabaseLimits.text(value, "characterSet");
            return this;
        }

        /** @param value a MySQL collation, such as {@code utf8mb4_unicode_ci} @return this builder */
        public Builder collate(String value) {
            this.collate = DatabaseLimits.text(value, "collate");
            return this;
        }

        /** @return the database */
        public NewDatabase build() {
            return new NewDatabase(this);
        }
    }
}
