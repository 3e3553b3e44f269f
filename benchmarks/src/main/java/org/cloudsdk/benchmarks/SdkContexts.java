package org.cloudsdk.benchmarks;

import java.util.Map;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudContextBuilder;
import org.cloudsdk.config.CloudConfiguration;

/**
 * cloud-sdk contexts for the benchmarks, isolated from this machine's configuration file and
 * {@code CLOUD_*} variables so that nothing outside the benchmark changes what is measured.
 */
public final class SdkContexts {

    private SdkContexts() {
    }

    /** @return a keystone builder that reads neither a configuration file nor the environment */
    public static CloudContextBuilder isolated() {
        return CloudContext.builder().configuration(CloudConfiguration.of(null, Map.of()))
                .environmentVariables(Map.of()).identityType("keystone");
    }

    /**
     * @param account the local cloud's account
     * @return an unauthenticated context for it
     */
    public static CloudContext of(CloudAccount account) {
        return isolated().authEndpoint(account.authUrl()).region(account.region())
                .username(account.username()).password(account.password()).tenantName(account.project())
                .userDomainName(account.userDomain()).projectDomainName(account.projectDomain()).build();
    }
}
