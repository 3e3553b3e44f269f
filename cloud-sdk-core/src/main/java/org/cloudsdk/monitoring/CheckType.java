package org.cloudsdk.monitoring;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A kind of check (pyrax's {@code CloudMonitorCheckType}), such as {@code remote.http} or
 * {@code remote.ping}: its id is what a check's {@code type} names, and its {@link #fields()}
 * are the {@code details} the check takes.
 */
public final class CheckType extends Resource<CheckType> {

    private final CloudMonitoring monitoring;
    private final TypeFields fields;

    CheckType(CloudMonitoring monitoring, JsonNode json) {
        super(json);
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring must not be null");
        this.fields = readFields(TypeFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return {@code remote} or {@code agent} */
    public @Nullable String type() {
        return fields.type();
    }

    /** @return its category ({@code remote}, {@code agent}) */
    public @Nullable String category() {
        return fields.category();
    }

    /** @return the {@code details} a check of this type takes, required and optional */
    public List<TypeField> fields() {
        return fields.all();
    }

    /** @return pyrax's {@code field_names}: the name of every field */
    public List<String> fieldNames() {
        return fields.names();
    }

    /** @return pyrax's {@code required_field_names} */
    public List<String> requiredFieldNames() {
        return fields.names(false);
    }

    /** @return pyrax's {@code optional_field_names} */
    public List<String> optionalFieldNames() {
        return fields.names(true);
    }

    @Override
    public CompletableFuture<CheckType> reloadAsync() {
        return monitoring.getCheckTypeAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "check_type";
    }

    @Override
    public String toString() {
        return "CheckType[id=" + id() + ", fields=" + fieldNames() + "]";
    }
}
