package org.cloudsdk.monitoring;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A place checks run from (pyrax's {@code CloudMonitorZone}), such as {@code mzdfw}, Dallas Fort
 * Worth. Its id is what a check's {@code monitoring_zones_poll} lists; its source IP ranges are
 * where the checks' traffic comes from (for firewall rules).
 */
public final class MonitoringZone extends Resource<MonitoringZone> {

    private final CloudMonitoring monitoring;
    private final ZoneFields fields;

    MonitoringZone(CloudMonitoring monitoring, JsonNode json) {
        super(json);
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring must not be null");
        this.fields = readFields(ZoneFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its label, such as {@code Dallas Fort Worth (DFW)} */
    public @Nullable String label() {
        return fields.label();
    }

    /** @return pyrax's {@code name}, a synonym of the label */
    public @Nullable String name() {
        return label();
    }

    /** @return its ISO country code, such as {@code US} */
    public @Nullable String countryCode() {
        return fields.countryCode();
    }

    /** @return the address ranges its collectors use, in CIDR notation */
    public List<String> sourceIps() {
        return fields.sourceIps() == null ? List.of() : fields.sourceIps();
    }

    @Override
    public CompletableFuture<MonitoringZone> reloadAsync() {
        return monitoring.getMonitoringZoneAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "monitoring_zone";
    }

    @Override
    public String toString() {
        return "MonitoringZone[country_code=" + countryCode() + ", id=" + id() + ", label=" + label() + ", source_ips="
                + sourceIps() + "]";
    }
}
