package org.cloudsdk.database;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A backup of an instance (pyrax's {@code CloudDatabaseBackup}), stored in the account's Cloud
 * Files container {@code z_CLOUDDB_BACKUPS}. Its status goes NEW, RUNNING, then COMPLETED or
 * FAILED: {@code Waiter.shared().waitForBuild(backup)} waits for COMPLETED and fails on FAILED.
 * A backup outlives its instance; delete it when it is no longer wanted.
 */
public final class Backup extends Resource<Backup> {

    private final Databases databases;
    private final BackupFields fields;

    Backup(Databases databases, JsonNode json) {
        super(json);
        this.databases = Objects.requireNonNull(databases, "databases must not be null");
        this.fields = readFields(BackupFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its name */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return its description, if any */
    public Optional<String> description() {
        return Optional.ofNullable(fields.description());
    }

    /** @return {@code NEW}, {@code RUNNING}, {@code COMPLETED} or {@code FAILED} */
    public @Nullable String status() {
        return fields.status();
    }

    /** @return the instance it was made of */
    public @Nullable String instanceId() {
        return fields.instanceId();
    }

    /** @return where its files are, once written */
    public Optional<String> locationRef() {
        return Optional.ofNullable(fields.locationRef());
    }

    /** @return its size in GB, once known */
    public Optional<Double> size() {
        return Optional.ofNullable(fields.size());
    }

    /** @return when it was created */
    public @Nullable Instant created() {
        return fields.created();
    }

    /** @return when it last changed */
    public @Nullable Instant updated() {
        return fields.updated();
    }

    /** pyrax's {@code backup.delete()}: removes it and its files. */
    public void delete() {
        databases.deleteBackup(id());
    }

    /**
     * pyrax's {@code cdb.restore_backup(backup, name, flavor, volume)}: a new instance holding
     * this backup's databases and users.
     *
     * @param name the new instance's name
     * @param flavor its flavor
     * @param volume its volume in GB, 1 to 50
     * @return the new instance, status BUILD
     */
    public DatabaseInstance restore(String name, FlavorRef flavor, int volume) {
        return databases.restoreBackup(id(), name, flavor, volume);
    }

    @Override
    public CompletableFuture<Backup> reloadAsync() {
        return databases.getBackupAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "backup";
    }

    @Override
    public String toString() {
        return "Backup[id=" + id() + ", name=" + name() + ", status=" + status() + "]";
    }
}
