package org.cloudsdk.autoconfigure;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With Spring Boot Actuator on the classpath: a {@link SanitizingFunction} that keeps the
 * {@code cloud.*} secrets (passwords, API keys, application credential secrets, tokens) out of
 * {@code /actuator/configprops} and {@code /actuator/env}, even when they are set to show values.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class CloudSanitizingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "cloudSanitizingFunction")
    SanitizingFunction cloudSanitizingFunction() {
        return new CloudSecretsSanitizingFunction();
    }
}
