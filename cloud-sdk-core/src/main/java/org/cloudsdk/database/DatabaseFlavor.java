package org.cloudsdk.database;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** A Cloud Databases flavor (pyrax's {@code CloudDatabaseFlavor}): the RAM an instance is given. */
public final class DatabaseFlavor extends Resource<DatabaseFlavor> {

    private final Databases databases;
    private final DatabaseFlavorFields fields;

    DatabaseFlavor(Databases databases, JsonNode json) {
        super(json);
        this.databases = Objects.requireNonNull(databases, "databases must not be null");
        this.fields = readFields(DatabaseFlavorFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its name, such as {@code 1GB Instance} */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return RAM in MB */
    public int ram() {
        return fields.ram();
    }

    /** @return a reference to this flavor for a create or a resize */
    public FlavorRef ref() {
        return FlavorRef.of(this);
    }

    @Override
    public CompletableFuture<DatabaseFlavor> reloadAsync() {
        return databases.getFlavorAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "flavor";
    }

    @Override
    public String toString() {
        return "DatabaseFlavor[id=" + id() + ", name=" + name() + ", ram=" + ram() + "]";
    }
}
