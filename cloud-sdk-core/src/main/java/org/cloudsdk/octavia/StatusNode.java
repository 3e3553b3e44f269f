package org.cloudsdk.octavia;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One object of a {@link StatusTree}: its kind ({@code loadbalancer}, {@code listener},
 * {@code pool}, {@code member}, {@code healthmonitor}, {@code l7policy}, {@code l7rule}), id,
 * name, statuses and the objects under it. L7 policies and rules report no operating status
 * ({@link OperatingStatus#UNKNOWN}). Immutable.
 */
public final class StatusNode {

    /** Where the children of each kind are: field name and the kind of its elements. */
    private static final String[][] CHILDREN = {
        {"listeners", "listener"}, {"pools", "pool"}, {"l7policies", "l7policy"}, {"rules", "l7rule"},
        {"members", "member"}, {"healthmonitor", "healthmonitor"}, {"health_monitor", "healthmonitor"}};

    private final String kind;
    private final ObjectNode json;
    private final List<StatusNode> children;

    StatusNode(String kind, JsonNode json) {
        this.kind = kind;
        this.json = json.isObject() ? ((ObjectNode) json).deepCopy() : Json.object();
        List<StatusNode> found = new ArrayList<>();
        for (String[] child : CHILDREN) {
            JsonNode value = json.path(child[0]);
            if (value.isArray()) {
                value.forEach(element -> found.add(new StatusNode(child[1], element)));
            } else if (value.isObject() && value.has("id")) {
                // a pool without a monitor says "healthmonitor": {}
                found.add(new StatusNode(child[1], value));
            }
        }
        this.children = List.copyOf(found);
    }

    /** @return the kind of object, such as {@code pool} */
    public String kind() {
        return kind;
    }

    /** @return its id */
    public String id() {
        return json.path("id").asString("");
    }

    /** @return its name; empty when it has none */
    public String name() {
        return json.path("name").asString("");
    }

    /** @return its lifecycle state */
    public ProvisioningStatus provisioningStatus() {
        return ProvisioningStatus.of(text("provisioning_status"));
    }

    /** @return what Octavia observes of it; {@link OperatingStatus#UNKNOWN} for kinds that report none */
    public OperatingStatus operatingStatus() {
        return OperatingStatus.of(text("operating_status"));
    }

    /** @return the objects directly under it, in the order Octavia lists them */
    public List<StatusNode> children() {
        return children;
    }

    /** @return the node and every node under it, depth first */
    public List<StatusNode> descendantsAndSelf() {
        List<StatusNode> all = new ArrayList<>();
        all.add(this);
        children.forEach(child -> all.addAll(child.descendantsAndSelf()));
        return all;
    }

    /** @return everything Octavia said of it ({@code address}, {@code protocol_port}, {@code type}...), a copy */
    public ObjectNode json() {
        return json.deepCopy();
    }

    private @Nullable String text(String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StatusNode that && kind.equals(that.kind) && json.equals(that.json);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, json);
    }

    @Override
    public String toString() {
        return kind + "[id=" + id() + ", name=" + name() + ", " + provisioningStatus() + "/" + operatingStatus()
                + (children.isEmpty() ? "" : ", children=" + children) + "]";
    }

    Optional<StatusNode> find(String kind, String id) {
        return descendantsAndSelf().stream().filter(node -> node.kind.equals(kind) && node.id().equals(id)).findFirst();
    }
}
