package org.cloudsdk.autoconfigure;

import java.util.UUID;

import org.cloudsdk.CloudContextBuilder;
import org.cloudsdk.config.Setting;

/**
 * Gives every context the typed {@code cloud.services.<name>.*} properties of the services that
 * have tunables of their own, as the core's settings objects and settings.
 */
final class CloudServiceSettingsCustomizer implements CloudContextCustomizer {

    private final CloudQueuesProperties queues;
    private final CloudDnsProperties dns;
    private final CloudOctaviaProperties octavia;
    private final CloudLoadBalancerProperties loadBalancers;

    CloudServiceSettingsCustomizer(CloudQueuesProperties queues, CloudDnsProperties dns,
            CloudOctaviaProperties octavia, CloudLoadBalancerProperties loadBalancers) {
        this.queues = queues;
        this.dns = dns;
        this.octavia = octavia;
        this.loadBalancers = loadBalancers;
    }

    @Override
    public void customize(String environment, CloudContextBuilder builder) {
        builder.serviceSettings(dns.toSettings()).serviceSettings(octavia.toSettings())
                .serviceSettings(loadBalancers.toSettings());
        UUID clientId = queues.getClientId();
        if (clientId != null) {
            builder.setting(Setting.QUEUE_CLIENT_ID, clientId.toString());
        }
    }
}
