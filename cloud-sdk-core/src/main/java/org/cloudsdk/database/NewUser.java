package org.cloudsdk.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A user to create, alone or with its instance, as pyrax's
 * {@code create_user(name, password, database_names, host=None)}: name, password, the databases
 * it may use, and the host it may connect from ({@value #ANY_HOST}, any host, unless told). The
 * password never appears in {@link #toString()}.
 */
public final class NewUser {

    /** MySQL's wildcard host: the user may connect from anywhere. */
    public static final String ANY_HOST = "%";

    private final String name;
    private final String password;
    private final List<String> databaseNames;
    private final String host;

    private NewUser(Builder builder) {
        this.name = builder.name;
        this.password = builder.password;
        this.databaseNames = List.copyOf(builder.databaseNames);
        this.host = builder.host;
    }

    /**
     * @param name the user's name
     * @param password its password
     * @param databaseNames the databases it may use (may be empty)
     * @return a user who may connect from any host
     */
    public static NewUser of(String name, String password, Collection<String> databaseNames) {
        return builder(name, password).databaseNames(databaseNames).build();
    }

    /**
     * @param name the user's name
     * @param password its password
     * @return a builder, without databases and with the host {@value #ANY_HOST}
     */
    public static Builder builder(String name, String password) {
        return new Builder(name, password);
    }

    /** @return a builder holding this user's values */
    public Builder toBuilder() {
        return new Builder(name, password).databaseNames(databaseNames).host(host);
    }

    /** @return the user's name */
    public String name() {
        return name;
    }

    /** @return its password */
    public String password() {
        return password;
    }

    /** @return the databases it may use */
    public List<String> databaseNames() {
        return databaseNames;
    }

    /** @return the host it may connect from */
    public String host() {
        return host;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof NewUser that && that.name.equals(name) && that.password.equals(password)
                && that.databaseNames.equals(databaseNames) && that.host.equals(host);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, password, databaseNames, host);
    }

    @Override
    public String toString() {
        return "NewUser[name=" + name + ", databaseNames=" + databaseNames + ", host=" + host + "]";
    }

    /** Builds a {@link NewUser}. */
    public static final class Builder {
        private String name;
        private String password;
        private final List<String> databaseNames = new ArrayList<>();
        private String host = ANY_HOST;

        private Builder(String name, String password) {
            this.name = DatabaseLimits.text(name, "name");
            this.password = DatabaseLimits.text(password, "password");
        }

        /** @param value the user's name @return this builder */
        public Builder name(String value) {
            this.name = DatabaseLimits.text(value, "name");
            return this;
        }

        /** @param value its password @return this builder */
        public Builder password(String value) {
            this.password = DatabaseLimits.text(value, "password");
            return this;
        }

        /** @param values the databases it may use, replacing any given before @return this builder */
        public Builder databaseNames(Collection<String> values) {
            Objects.requireNonNull(values, "databaseNames must not be null");
            List<String> checked = values.stream().map(value -> DatabaseLimits.text(value, "databaseNames")).toList();
            databaseNames.clear();
            databaseNames.addAll(checked);
            return this;
        }

        /** @param value the host it may connect from: an IPv4 address or {@value #ANY_HOST} @return this builder */
        public Builder host(String value) {
            this.host = DatabaseLimits.text(value, "host");
            return this;
        }

        /** @return the user */
        public NewUser build() {
            return new NewUser(this);
        }
    }
}
