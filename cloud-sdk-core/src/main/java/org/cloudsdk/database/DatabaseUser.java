package org.cloudsdk.database;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;

import tools.jackson.databind.JsonNode;

/**
 * A user of an instance (pyrax's {@code CloudDatabaseUser}): a read-only view whose id is its
 * name, with the databases it may use and the host it may connect from. The password is never
 * part of it.
 */
public final class DatabaseUser extends Resource<DatabaseUser> {

    private final Databases databases;
    private final String instanceId;
    private final UserFields fields;

    DatabaseUser(Databases databases, String instanceId, JsonNode json) {
        super(json);
        this.databases = Objects.requireNonNull(databases, "databases must not be null");
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId must not be null");
        this.fields = readFields(UserFields.class);
    }

    /** @return the user's name, which is its id */
    @Override
    public String id() {
        return fields.name();
    }

    /** @return the user's name */
    public String name() {
        return fields.name();
    }

    /** @return the host it may connect from; {@code %} for any */
    public String host() {
        String host = fields.host();
        return host == null ? NewUser.ANY_HOST : host;
    }

    /** @return the names of the databases it may use, as last described */
    public List<String> databaseNames() {
        return fields.databases().stream().map(DatabaseFields::name).toList();
    }

    /** @return the instance it belongs to */
    public String instanceId() {
        return instanceId;
    }

    /**
     * pyrax's {@code user.delete()}.
     *
     * @throws IllegalArgumentException when its name contains a period (see {@link Databases#deleteUser})
     */
    public void delete() {
        databases.deleteUser(instanceId, name());
    }

    /** @param password the new password */
    public void changePassword(String password) {
        databases.changeUserPassword(instanceId, name(), password);
    }

    /** @return the names of the databases it may use, read now */
    public List<String> listUserAccess() {
        return databases.listUserAccess(instanceId, name());
    }

    /** @param databaseNames the databases to let it use */
    public void grantUserAccess(Collection<String> databaseNames) {
        databases.grantUserAccess(instanceId, name(), databaseNames);
    }

    /** @param databaseNames the databases to take from it */
    public void revokeUserAccess(Collection<String> databaseNames) {
        databases.revokeUserAccess(instanceId, name(), databaseNames);
    }

    @Override
    public CompletableFuture<DatabaseUser> reloadAsync() {
        return databases.getUserAsync(instanceId, name()).toFuture();
    }

    @Override
    public String resourceType() {
        return "user";
    }

    @Override
    public String toString() {
        return "DatabaseUser[name=" + name() + ", host=" + host() + ", databases=" + databaseNames() + "]";
    }
}
