package org.cloudsdk.designate;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A top-level domain the cloud's administrator allows zones under ({@code com}, {@code org}); when
 * a cloud lists none, any is allowed.
 */
public final class Tld extends Resource<Tld> {

    private final Designate designate;
    private final TldFields fields;

    Tld(Designate designate, JsonNode json) {
        super(json);
        this.designate = Objects.requireNonNull(designate, "designate must not be null");
        this.fields = readFields(TldFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its name, without dots ({@code com}) */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return its description, if any */
    public Optional<String> description() {
        return Optional.ofNullable(fields.description());
    }

    @Override
    public CompletableFuture<Tld> reloadAsync() {
        return designate.getTldAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "tld";
    }

    @Override
    public String toString() {
        return "Tld[id=" + id() + ", name=" + name() + "]";
    }
}
