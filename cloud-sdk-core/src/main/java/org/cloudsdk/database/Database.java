package org.cloudsdk.database;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;

import tools.jackson.databind.JsonNode;

/**
 * A database in an instance (pyrax's {@code CloudDatabaseDatabase}): a read-only view whose id is
 * its name. Changing it changes nothing in the instance; its one operation is {@link #delete()}.
 */
public final class Database extends Resource<Database> {

    private final Databases databases;
    private final String instanceId;
    private final DatabaseFields fields;

    Database(Databases databases, String instanceId, JsonNode json) {
        super(json);
        this.databases = Objects.requireNonNull(databases, "databases must not be null");
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId must not be null");
        this.fields = readFields(DatabaseFields.class);
    }

    /** @return the database's name, which is its id */
    @Override
    public String id() {
        return fields.name();
    }

    /** @return the database's name */
    public String name() {
        return fields.name();
    }

    /** @return the instance it is in */
    public String instanceId() {
        return instanceId;
    }

    /** @return its character set, when known (the create call's, not a listing's) */
    public Optional<String> characterSet() {
        return Optional.ofNullable(fields.characterSet());
    }

    /** @return its collation, when known (the create call's, not a listing's) */
    public Optional<String> collate() {
        return Optional.ofNullable(fields.collate());
    }

    /** pyrax's {@code db.delete()}: removes it from its instance. */
    public void delete() {
        databases.deleteDatabase(instanceId, name());
    }

    /** The API has no GET of one database: the reload finds it in the instance's listing. */
    @Override
    public CompletableFuture<Database> reloadAsync() {
        return databases.getDatabaseAsync(instanceId, name()).toFuture();
    }

    @Override
    public String resourceType() {
        return "database";
    }

    @Override
    public String toString() {
        return "Database[name=" + name() + ", instance=" + instanceId + "]";
    }
}
