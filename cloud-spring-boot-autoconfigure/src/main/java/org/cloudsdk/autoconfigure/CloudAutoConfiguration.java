package org.cloudsdk.autoconfigure;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudContextBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.context.annotation.Bean;

import io.micrometer.observation.ObservationRegistry;

/**
 * Auto-configuration of the cloud SDK: a {@link CloudContext} built from the {@code cloud.*}
 * properties. The context authenticates on first use, so application start makes no network call
 * and does not fail when the cloud is down.
 */
@AutoConfiguration
@ConditionalOnClass(CloudContext.class)
@EnableConfigurationProperties(CloudProperties.class)
public final class CloudAutoConfiguration {

    static final String MISSING_CREDENTIALS = "the cloud context has no credentials: set cloud.username with "
            + "cloud.password (or cloud.api-key), cloud.application-credential-id with "
            + "cloud.application-credential-secret, cloud.credential-file, or cloud.cloud (a clouds.yaml entry)";

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    CloudContext cloudContext(CloudProperties properties, ObjectProvider<ObservationRegistry> observationRegistry) {
        CloudContextBuilder builder = CloudContext.builder().missingCredentialsHint(MISSING_CREDENTIALS);
        PropertyMapper map = PropertyMapper.get();
        map.from(properties::getIdentityType).to(builder::identityType);
        map.from(properties::getAuthEndpoint).to(builder::authEndpoint);
        map.from(properties::getRegion).to(builder::region);
        map.from(properties::getTenantId).to(builder::tenantId);
        map.from(properties::getTenantName).to(builder::tenantName);
        map.from(properties::getUserDomainName).to(builder::userDomainName);
        map.from(properties::getProjectDomainName).to(builder::projectDomainName);
        map.from(properties::getUsername).to(builder::username);
        map.from(properties::getPassword).to(builder::password);
        map.from(properties::getApiKey).to(builder::apiKey);
        map.from(properties::getCredentialFile).to(builder::credentialFile);
        map.from(properties::getCloud).to(builder::cloud);
        map.from(properties::getEnvironment).to(builder::environment);
        map.from(properties::getUserAgent).to(builder::customUserAgent);
        if (properties.getApplicationCredentialId() != null) {
            builder.applicationCredential(properties.getApplicationCredentialId(),
                    properties.getApplicationCredentialSecret());
        }
        if (properties.isUseServicenet()) {
            builder.useServicenet(true);
        }
        if (!properties.isVerifySsl()) {
            builder.verifySsl(false);
        }
        if (properties.isDebug()) {
            builder.debug(true);
        }
        observationRegistry.ifAvailable(builder::observationRegistry);
        return builder.build();
    }
}
