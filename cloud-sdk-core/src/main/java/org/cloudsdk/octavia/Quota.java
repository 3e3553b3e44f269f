package org.cloudsdk.octavia;

import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.model.JsonModels;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A project's Octavia quotas: how many of each object it may have. A value of -1 means no limit;
 * an empty value means the deployment's default applies. Octavia names the balancer and monitor
 * counts {@code load_balancer}/{@code health_monitor} in newer answers and
 * {@code loadbalancer}/{@code healthmonitor} in older ones; both are read. Immutable.
 */
public final class Quota {

    private final CatalogFields.QuotaFields fields;

    Quota(JsonNode json) {
        this.fields = Objects.requireNonNull(JsonModels.read(json, CatalogFields.QuotaFields.class), "a quota");
    }

    /** @return the project, when the answer names it (listings do) */
    public Optional<String> projectId() {
        return Optional.ofNullable(fields.projectId());
    }

    /** @return load balancers allowed */
    public Optional<Integer> loadBalancer() {
        return Optional.ofNullable(fields.loadBalancer() != null ? fields.loadBalancer() : fields.loadbalancer());
    }

    /** @return listeners allowed */
    public Optional<Integer> listener() {
        return Optional.ofNullable(fields.listener());
    }

    /** @return members allowed */
    public Optional<Integer> member() {
        return Optional.ofNullable(fields.member());
    }

    /** @return pools allowed */
    public Optional<Integer> pool() {
        return Optional.ofNullable(fields.pool());
    }

    /** @return health monitors allowed */
    public Optional<Integer> healthMonitor() {
        return Optional.ofNullable(fields.healthMonitor() != null ? fields.healthMonitor() : fields.healthmonitor());
    }

    /** @return L7 policies allowed (API 2.19) */
    public Optional<Integer> l7Policy() {
        return Optional.ofNullable(fields.l7policy());
    }

    /** @return L7 rules allowed (API 2.19) */
    public Optional<Integer> l7Rule() {
        return Optional.ofNullable(fields.l7rule());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Quota that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "Quota[project=" + fields.projectId() + ", loadBalancer=" + loadBalancer().orElse(null) + ", listener="
                + listener().orElse(null) + ", pool=" + pool().orElse(null) + ", member=" + member().orElse(null)
                + ", healthMonitor=" + healthMonitor().orElse(null) + ", l7Policy=" + l7Policy().orElse(null)
                + ", l7Rule=" + l7Rule().orElse(null) + "]";
    }
}
