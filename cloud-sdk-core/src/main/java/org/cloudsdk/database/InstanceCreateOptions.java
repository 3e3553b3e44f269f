package org.cloudsdk.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What pyrax's {@code cdb.create(name, flavor, volume, databases=None, users=None)} takes beyond
 * the required: databases and users made in the same call as the instance.
 */
public final class InstanceCreateOptions {

    private static final InstanceCreateOptions DEFAULTS = builder().build();

    private final List<NewDatabase> databases;
    private final List<NewUser> users;

    private InstanceCreateOptions(Builder builder) {
        this.databases = List.copyOf(builder.databases);
        this.users = List.copyOf(builder.users);
    }

    /** @return no databases, no users */
    public static InstanceCreateOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder().databases(databases).users(users);
    }

    /** @return the databases to create with the instance */
    public List<NewDatabase> databases() {
        return databases;
    }

    /** @return the users to create with the instance */
    public List<NewUser> users() {
        return users;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof InstanceCreateOptions that && that.databases.equals(databases) && that.users.equals(users);
    }

    @Override
    public int hashCode() {
        return Objects.hash(databases, users);
    }

    @Override
    public String toString() {
        return "InstanceCreateOptions[databases=" + databases + ", users=" + users + "]";
    }

    /** Builds {@link InstanceCreateOptions}. */
    public static final class Builder {
        private final List<NewDatabase> databases = new ArrayList<>();
        private final List<NewUser> users = new ArrayList<>();

        private Builder() {
        }

        /** @param values the databases to create, replacing any given before @return this builder */
        public Builder databases(Collection<NewDatabase> values) {
            Objects.requireNonNull(values, "databases must not be null");
            List<NewDatabase> copy = List.copyOf(values);
            databases.clear();
            databases.addAll(copy);
            return this;
        }

        /** @param value one more database to create @return this builder */
        public Builder database(NewDatabase value) {
            databases.add(Objects.requireNonNull(value, "database must not be null"));
            return this;
        }

        /** @param values the users to create, replacing any given before @return this builder */
        public Builder users(Collection<NewUser> values) {
            Objects.requireNonNull(values, "users must not be null");
            List<NewUser> copy = List.copyOf(values);
            users.clear();
            users.addAll(copy);
            return this;
        }

        /** @param value one more user to create @return this builder */
        public Builder user(NewUser value) {
            users.add(Objects.requireNonNull(value, "user must not be null"));
            return this;
        }

        /** @return the options */
        public InstanceCreateOptions build() {
            return new InstanceCreateOptions(this);
        }
    }
}
