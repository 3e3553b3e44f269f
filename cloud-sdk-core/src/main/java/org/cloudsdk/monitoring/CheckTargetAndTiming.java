package org.cloudsdk.monitoring;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * What a new check ({@link CheckSpec}) and a check's changes ({@link CheckUpdate}) both say about
 * how often a check runs and what it targets, checked by the same limits: a period of 30 to 1,800
 * seconds, a timeout of 2 to 1,800 below the period when both are given, a host name or an
 * alias but never both. Each value is null when not given.
 */
record CheckTargetAndTiming(@Nullable Integer period, @Nullable Integer timeout, @Nullable String targetHostname,
        @Nullable String targetAlias, @Nullable String targetResolver) {

    /**
     * @return the values, checked
     * @throws IllegalArgumentException naming the parameter, when a limit is broken
     */
    static CheckTargetAndTiming checked(@Nullable Integer period, @Nullable Integer timeout,
            @Nullable String targetHostname, @Nullable String targetAlias, @Nullable String targetResolver) {
        Integer checkedPeriod = period == null ? null : MonitoringLimits.period(period);
        Integer checkedTimeout = timeout == null ? null : MonitoringLimits.timeout(timeout);
        MonitoringLimits.timeoutBelowPeriod(checkedTimeout, checkedPeriod);
        String hostname = targetHostname == null ? null : MonitoringLimits.hostname(targetHostname);
        String alias = targetAlias == null ? null
                : MonitoringLimits.length(targetAlias, "targetAlias", MonitoringLimits.MAX_ALIAS);
        if (hostname != null && alias != null) {
            throw new IllegalArgumentException("targetHostname and targetAlias are mutually exclusive: give one, not"
                    + " both (were '" + hostname + "' and '" + alias + "')");
        }
        return new CheckTargetAndTiming(checkedPeriod, checkedTimeout, hostname, alias, targetResolver);
    }

    /** @return the ids of {@code zones}, none of them null */
    static List<String> zoneIds(MonitoringZone... zones) {
        return Arrays.stream(zones).map(zone -> Objects.requireNonNull(zone, "monitoring zone must not be null").id())
                .toList();
    }

    /** @return {@code ids}, each checked as a zone id */
    static List<String> zoneIds(List<String> ids) {
        return ids.stream().map(id -> MonitoringLimits.text(id, "monitoringZonesPoll element")).toList();
    }

    /** @return whether a host name or an alias is given */
    boolean hasTarget() {
        return targetHostname != null || targetAlias != null;
    }

    /** Puts the values that are given into a request body, by the API's names. */
    void putInto(ObjectNode body) {
        if (period != null) {
            body.put("period", period);
        }
        if (timeout != null) {
            body.put("timeout", timeout);
        }
        if (targetAlias != null) {
            body.put("target_alias", targetAlias);
        }
        if (targetHostname != null) {
            body.put("target_hostname", targetHostname);
        }
        if (targetResolver != null) {
            body.put("target_resolver", targetResolver);
        }
    }
}
