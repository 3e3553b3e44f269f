package org.cloudsdk.monitoring;

import java.util.List;

import org.cloudsdk.errors.CloudException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entity of the overview (pyrax's {@code get_overview()}): the entity, its checks and alarms,
 * and the latest state of each check and alarm pair (a pair without one has not been evaluated
 * yet: its state is UNKNOWN). pyrax returned the raw dictionary; {@link #json()} is that, and the
 * typed views are handles that work like any other. Immutable.
 */
public final class EntityOverview {

    private final ObjectNode json;
    private final Entity entity;
    private final List<Check> checks;
    private final List<Alarm> alarms;
    private final List<AlarmStateChange> latestAlarmStates;

    EntityOverview(CloudMonitoring monitoring, JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new CloudException("expected a JSON object describing an overview entry, got "
                    + (json == null ? "nothing" : json.getNodeType()));
        }
        this.json = ((ObjectNode) json).deepCopy();
        this.entity = new Entity(monitoring, json.path("entity"));
        String entityId = entity.id();
        this.checks = elements(json.get("checks")).stream().map(check -> new Check(monitoring, entityId, check)).toList();
        this.alarms = elements(json.get("alarms")).stream().map(alarm -> new Alarm(monitoring, entityId, alarm)).toList();
        this.latestAlarmStates = elements(json.get("latest_alarm_states")).stream().map(AlarmStateChange::new).toList();
    }

    private static List<JsonNode> elements(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).filter(JsonNode::isObject).toList();
    }

    /** @return the entity */
    public Entity entity() {
        return entity;
    }

    /** @return its checks */
    public List<Check> checks() {
        return checks;
    }

    /** @return its alarms */
    public List<Alarm> alarms() {
        return alarms;
    }

    /** @return the latest state of each evaluated check and alarm pair */
    public List<AlarmStateChange> latestAlarmStates() {
        return latestAlarmStates;
    }

    /** @return the entry as the service sent it (a copy) */
    public ObjectNode json() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "EntityOverview[entity=" + entity.id() + ", checks=" + checks.size() + ", alarms=" + alarms.size()
                + ", latestAlarmStates=" + latestAlarmStates.size() + "]";
    }
}
