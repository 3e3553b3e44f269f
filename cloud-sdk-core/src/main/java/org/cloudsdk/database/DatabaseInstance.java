package org.cloudsdk.database;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A Cloud Databases instance as the service last described it (pyrax's
 * {@code CloudDatabaseInstance}): an immutable snapshot carrying the operations pyrax put on it.
 * {@link #reload()} returns a fresh snapshot; {@code Waiter.shared().waitForBuild(instance)} waits
 * for it to be ACTIVE (and fails on ERROR or FAILED). Every field of the response is kept
 * ({@link #attribute(String)}, {@link #json()}).
 */
public final class DatabaseInstance extends Resource<DatabaseInstance> {

    private final Databases databases;
    private final InstanceFields fields;

    DatabaseInstance(Databases databases, JsonNode json) {
        super(json);
        this.databases = Objects.requireNonNull(databases, "databases must not be null");
        this.fields = readFields(InstanceFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the instance's name */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return its status: {@code BUILD}, {@code ACTIVE}, {@code RESIZE}, {@code REBOOT}, {@code SHUTDOWN}, {@code ERROR}... */
    public @Nullable String status() {
        return fields.status();
    }

    /**
     * @return the host name servers of the same region connect to, such as
     *     {@code a1d5f7312d85f95071ea658d699962b690bd6b60.rackspaceclouddb.com}, once known
     */
    public Optional<String> hostname() {
        return Optional.ofNullable(fields.hostname());
    }

    /** @return the id of its flavor */
    public Optional<String> flavorId() {
        JsonNode flavor = fields.flavor();
        if (flavor == null || !flavor.isObject()) {
            return Optional.empty();
        }
        JsonNode id = flavor.get("id");
        return id == null || id.isNull() ? Optional.empty() : Optional.of(id.asString());
    }

    /** @return the size of its volume in GB, as last described */
    public Optional<Integer> volumeSize() {
        InstanceFields.VolumeFields volume = fields.volume();
        return volume == null ? Optional.empty() : Optional.ofNullable(volume.size());
    }

    /** @return the GB of its volume in use, when the service reports it (a single instance's view) */
    public Optional<Double> volumeUsed() {
        InstanceFields.VolumeFields volume = fields.volume();
        return volume == null ? Optional.empty() : Optional.ofNullable(volume.used());
    }

    /** @return when it was created */
    public @Nullable Instant created() {
        return fields.created();
    }

    /** @return when it last changed */
    public @Nullable Instant updated() {
        return fields.updated();
    }

    /** @return the client this snapshot came from */
    public Databases databases() {
        return databases;
    }

    @Override
    public CompletableFuture<DatabaseInstance> reloadAsync() {
        return databases.getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "instance";
    }

    /** pyrax's {@code instance.delete()}. */
    public void delete() {
        databases.delete(id());
    }

    /** pyrax's {@code instance.restart()}. */
    public void restart() {
        databases.restart(id());
    }

    /** @param flavor the new flavor, by handle, id, name or RAM (pyrax's {@code instance.resize(flavor)}) */
    public void resize(FlavorRef flavor) {
        databases.resize(id(), flavor);
    }

    /**
     * pyrax's {@code instance.resize_volume(size)}, checked against this snapshot's size.
     *
     * @param size the new size in GB, larger than the current one and at most 50
     * @throws InvalidVolumeResizeException when it is not larger, before any request
     */
    public void resizeVolume(int size) {
        databases.resizeVolume(this, size);
    }

    /**
     * @param name the database's name, with the default character set and collation
     * @return the database
     */
    public Database createDatabase(String name) {
        return databases.createDatabase(id(), NewDatabase.of(name));
    }

    /**
     * @param database its name, character set and collation
     * @return the database
     */
    public Database createDatabase(NewDatabase database) {
        return databases.createDatabase(id(), database);
    }

    /** @return its databases */
    public List<Database> listDatabases() {
        return databases.listDatabases(id());
    }

    /**
     * @param name a database's name
     * @return that database
     * @throws org.cloudsdk.errors.NotFoundException when the instance has none of that name
     */
    public Database getDatabase(String name) {
        return databases.getDatabase(id(), name);
    }

    /** @param name the database to delete */
    public void deleteDatabase(String name) {
        databases.deleteDatabase(id(), name);
    }

    /**
     * @param name the user's name
     * @param password its password
     * @param databaseNames the databases it may use
     * @return the user, who may connect from any host
     */
    public DatabaseUser createUser(String name, String password, Collection<String> databaseNames) {
        return databases.createUser(id(), NewUser.of(name, password, databaseNames));
    }

    /**
     * @param user name, password, databases and host
     * @return the user
     */
    public DatabaseUser createUser(NewUser user) {
        return databases.createUser(id(), user);
    }

    /** @return its users (root only when enabled) */
    public List<DatabaseUser> listUsers() {
        return databases.listUsers(id());
    }

    /**
     * @param name a user's name
     * @return that user
     * @throws org.cloudsdk.errors.NotFoundException when there is no such user
     */
    public DatabaseUser getUser(String name) {
        return databases.getUser(id(), name);
    }

    /**
     * @param name the user to delete
     * @throws IllegalArgumentException when the name contains a period (see {@link Databases#deleteUser})
     */
    public void deleteUser(String name) {
        databases.deleteUser(id(), name);
    }

    /**
     * @param user the user's name
     * @param password the new password
     */
    public void changeUserPassword(String user, String password) {
        databases.changeUserPassword(id(), user, password);
    }

    /**
     * @param user the user's name
     * @return the names of the databases it may use
     */
    public List<String> listUserAccess(String user) {
        return databases.listUserAccess(id(), user);
    }

    /**
     * @param user the user's name
     * @param databaseNames the databases to let it use
     */
    public void grantUserAccess(String user, Collection<String> databaseNames) {
        databases.grantUserAccess(id(), user, databaseNames);
    }

    /**
     * @param user the user's name
     * @param databaseNames the databases to take from it
     */
    public void revokeUserAccess(String user, Collection<String> databaseNames) {
        databases.revokeUserAccess(id(), user, databaseNames);
    }

    /** @return the root password, given this once (pyrax's {@code instance.enable_root_user()}) */
    public String enableRootUser() {
        return databases.enableRootUser(id());
    }

    /** @return whether root was ever enabled on it (pyrax's {@code instance.root_user_status()}) */
    public boolean rootUserStatus() {
        return databases.rootUserStatus(id());
    }

    /**
     * @param name the backup's name, at most 64 characters
     * @return the backup, status NEW
     */
    public Backup createBackup(String name) {
        return databases.createBackup(id(), name);
    }

    /**
     * @param name the backup's name, at most 64 characters
     * @param description its description
     * @return the backup, status NEW
     */
    public Backup createBackup(String name, String description) {
        return databases.createBackup(id(), name, description);
    }

    /** @return this instance's backups */
    public List<Backup> listBackups() {
        return databases.listBackups(id());
    }

    @Override
    public String toString() {
        return "DatabaseInstance[id=" + id() + ", name=" + name() + ", status=" + status() + "]";
    }
}
