package org.cloudsdk.autoscale;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.model.JsonModels;
import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * pyrax's {@code get_state()}: the servers of a scaling group and its capacities, as Auto Scale
 * reported them. {@link #pendingCapacity()} is positive while servers are being built, negative
 * while they are being removed.
 *
 * <p>Immutable.
 */
public final class GroupState {

    private final ObjectNode json;
    private final Fields fields;

    GroupState(JsonNode json) {
        if (!json.isObject()) {
            throw new org.cloudsdk.errors.CloudException("expected a JSON object describing a scaling group's state, got "
                    + json.getNodeType());
        }
        this.json = ((ObjectNode) json).deepCopy();
        this.fields = Objects.requireNonNull(JsonModels.read(this.json, Fields.class), "an object reads as a record");
    }

    /** @return the ids of the group's active servers (pyrax's {@code active}) */
    public List<String> active() {
        return fields.active().stream().map(Server::id).filter(Objects::nonNull).toList();
    }

    /** @return the number of active servers in the group */
    public int activeCapacity() {
        return fields.activeCapacity();
    }

    /** @return the number of servers the group aims at */
    public int desiredCapacity() {
        return fields.desiredCapacity();
    }

    /** @return servers being built (positive) or removed (negative) */
    public int pendingCapacity() {
        return fields.pendingCapacity();
    }

    /** @return whether the group's policies are paused */
    public boolean paused() {
        return fields.paused();
    }

    /** @return the group's status ({@code ACTIVE}, {@code ERROR}...), if reported */
    public Optional<String> status() {
        return Optional.ofNullable(fields.status());
    }

    /** @return every field, as Auto Scale sent it (a copy) */
    public ObjectNode json() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "GroupState[active=" + active() + ", activeCapacity=" + activeCapacity() + ", desiredCapacity="
                + desiredCapacity() + ", pendingCapacity=" + pendingCapacity() + ", paused=" + paused() + "]";
    }

    @JsonNaming(JsonNaming.Scheme.AS_IS)
    record Fields(List<Server> active, int activeCapacity, int desiredCapacity, int pendingCapacity, boolean paused,
            @Nullable String status) {

        Fields {
            active = active == null ? List.of() : active;
        }
    }

    @JsonNaming(JsonNaming.Scheme.AS_IS)
    record Server(@Nullable String id) {
    }
}
