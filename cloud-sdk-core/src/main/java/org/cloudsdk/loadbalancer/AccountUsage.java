package org.cloudsdk.loadbalancer;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The usage of every balancer of the account (pyrax's {@code clb.get_usage()}): the account's
 * counts of balancers and virtual IPs over time, and each balancer's usage records.
 *
 * @param accountId the account
 * @param accountUsageRecords the account's counts, each from its start time on
 * @param loadBalancerUsages each balancer's records
 */
public record AccountUsage(
        @Nullable String accountId,
        List<AccountUsageRecord> accountUsageRecords,
        List<LoadBalancerUsage> loadBalancerUsages) {

    /** Absent lists read as empty. */
    public AccountUsage {
        accountUsageRecords = accountUsageRecords == null ? List.of() : List.copyOf(accountUsageRecords);
        loadBalancerUsages = loadBalancerUsages == null ? List.of() : List.copyOf(loadBalancerUsages);
    }

    /**
     * The account's counts from one instant on.
     *
     * @param numLoadBalancers its balancers
     * @param numPublicVips its public virtual IPs
     * @param numServicenetVips its ServiceNet virtual IPs
     * @param startTime when these counts began
     */
    public record AccountUsageRecord(@Nullable Integer numLoadBalancers, @Nullable Integer numPublicVips,
            @Nullable Integer numServicenetVips, @Nullable Instant startTime) {
    }

    /**
     * One balancer's records.
     *
     * @param loadBalancerId the balancer
     * @param loadBalancerName its name
     * @param loadBalancerUsageRecords its records
     */
    public record LoadBalancerUsage(@Nullable String loadBalancerId, @Nullable String loadBalancerName,
            List<UsageRecord> loadBalancerUsageRecords) {

        /** An absent list reads as empty. */
        public LoadBalancerUsage {
            loadBalancerUsageRecords = loadBalancerUsageRecords == null ? List.of() : List.copyOf(loadBalancerUsageRecords);
        }
    }
}
