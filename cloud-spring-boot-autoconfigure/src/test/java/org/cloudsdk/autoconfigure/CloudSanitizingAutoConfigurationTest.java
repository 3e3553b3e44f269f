package org.cloudsdk.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.Sanitizer;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CloudSanitizingAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CloudSanitizingAutoConfiguration.class));

    @ParameterizedTest
    @ValueSource(strings = { "cloud.password", "cloud.api-key", "cloud.apiKey", "cloud.token",
        "cloud.application-credential.secret", "cloud.environments.public.password",
        "cloud.environments[public].api-key", "cloud.environments.prod.application-credential.secret",
        "cloud.environments.prod.token", "CLOUD_PASSWORD", "CLOUD_API_KEY", "CLOUD_APPLICATIONCREDENTIAL_SECRET",
        "CLOUD_ENVIRONMENTS_PUBLIC_PASSWORD" })
    void masksTheSecrets(String key) {
        runner.run(context -> {
            Sanitizer sanitizer = new Sanitizer(List.of(context.getBean("cloudSanitizingFunction",
                    SanitizingFunction.class)));
            assertThat(sanitizer.sanitize(new SanitizableData(null, key, "s3cret"), true))
                    .isEqualTo(SanitizableData.SANITIZED_VALUE);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "cloud.username", "cloud.region", "cloud.auth-endpoint",
        "cloud.application-credential.id", "cloud.environments.public.region", "server.port", "spring.password.hint" })
    void leavesOtherValuesAlone(String key) {
        runner.run(context -> {
            Sanitizer sanitizer = new Sanitizer(List.of(context.getBean("cloudSanitizingFunction",
                    SanitizingFunction.class)));
            assertThat(sanitizer.sanitize(new SanitizableData(null, key, "value"), true)).isEqualTo("value");
        });
    }

    @Test
    void absentWithoutActuator() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("cloudSanitizingFunction"));
    }
}
