package org.cloudsdk.compute;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** A flavor (pyrax's {@code Flavor}): the RAM, disk and virtual CPUs a server is given. */
public final class Flavor extends Resource<Flavor> {

    private final Compute compute;
    private final FlavorFields fields;

    Flavor(Compute compute, JsonNode json) {
        super(json);
        this.compute = Objects.requireNonNull(compute, "compute must not be null");
        this.fields = readFields(FlavorFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its name, such as {@code 1 GB Performance} */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return RAM in MB */
    public int ram() {
        return fields.ram();
    }

    /** @return root disk in GB */
    public int disk() {
        return fields.disk();
    }

    /** @return virtual CPUs */
    public int vcpus() {
        return fields.vcpus();
    }

    /** @return swap in MB, if any */
    public Optional<Integer> swap() {
        JsonNode swap = fields.swap();
        if (swap == null || swap.isNull() || swap.isMissingNode()) {
            return Optional.empty();
        }
        String text = swap.asString().trim();
        if (text.isEmpty()) {
            // Nova before 2.75 and Rackspace say "" for no swap
            return Optional.empty();
        }
        try {
            int megabytes = Integer.parseInt(text);
            return megabytes > 0 ? Optional.of(megabytes) : Optional.empty();
        } catch (NumberFormatException e) {
            throw new CloudException("compute: flavor " + id() + " has a swap of '" + text + "', not a number of MB", e);
        }
    }

    /** @return ephemeral disk in GB, if reported */
    public Optional<Integer> ephemeral() {
        return Optional.ofNullable(fields.ephemeral());
    }

    /** @return whether every project may use it, if reported */
    public Optional<Boolean> isPublic() {
        return Optional.ofNullable(fields.isPublic());
    }

    /** @return the bandwidth factor, if reported */
    public Optional<Double> rxtxFactor() {
        return Optional.ofNullable(fields.rxtxFactor());
    }

    /** @return its description (Nova 2.55 and later), if any */
    public Optional<String> description() {
        return Optional.ofNullable(fields.description());
    }

    @Override
    public CompletableFuture<Flavor> reloadAsync() {
        return compute.getFlavorAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "flavor";
    }

    @Override
    public String toString() {
        return "Flavor[id=" + id() + ", name=" + name() + ", ram=" + ram() + ", disk=" + disk() + ", vcpus=" + vcpus() + "]";
    }
}
