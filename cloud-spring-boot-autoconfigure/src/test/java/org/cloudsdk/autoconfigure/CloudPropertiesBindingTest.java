package org.cloudsdk.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.cloudsdk.CloudContext;
import org.cloudsdk.http.HttpSettings;
import org.cloudsdk.http.RetrySettings;
import org.cloudsdk.identity.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CloudPropertiesBindingTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class))
            .withSystemProperties("user.home=/nonexistent-home");

    @Test
    void theActiveEnvironmentOverridesTheTopLevel() {
        runner.withPropertyValues("cloud.identity-type=keystone", "cloud.auth-endpoint=http://127.0.0.1:9/v3",
                "cloud.region=RegionOne", "cloud.username=demo", "cloud.password=top",
                "cloud.environment=public", "cloud.environments.public.identity-type=rackspace",
                "cloud.environments.public.region=LON", "cloud.environments.public.api-key=0123456789abcdef0123456789abcdef",
                "cloud.environments.public.use-servicenet=true", "cloud.environments.private.region=RegionTwo")
                .run(context -> {
                    CloudProperties properties = context.getBean(CloudProperties.class);
                    assertThat(properties.environmentNames()).containsExactly("public", "private");
                    CloudSettingsProperties active = properties.settingsFor("public");
                    assertThat(active.getRegion()).isEqualTo("LON");
                    assertThat(active.getUsername()).isEqualTo("demo");
                    assertThat(active.getAuthEndpoint()).isEqualTo("http://127.0.0.1:9/v3");
                    assertThat(active.getUseServicenet()).isTrue();
                    CloudContext cloud = context.getBean(CloudContext.class);
                    assertThat(cloud.defaultRegion()).isEqualTo("LON");
                    assertThat(cloud.identityType()).isEqualTo("rackspace");
                    assertThat(cloud.settings().useServicenet()).isTrue();
                    assertThat(cloud.session().hasCredentials()).isTrue();
                    assertThat(properties.settingsFor("private").getRegion()).isEqualTo("RegionTwo");
                    assertThat(properties.settingsFor("private").getUseServicenet()).isNull();
                });
    }

    @Test
    void bindsEveryCoreSetting() {
        runner.withPropertyValues("cloud.identity-type=keystone", "cloud.auth-endpoint=http://127.0.0.1:9/v3",
                "cloud.tenant-id=t1", "cloud.user-domain-name=Default", "cloud.user-domain-id=default",
                "cloud.project-domain-name=Default", "cloud.project-domain-id=default", "cloud.domain-name=d",
                "cloud.verify-ssl=false", "cloud.user-agent=my-app/1.0", "cloud.debug=true",
                "cloud.encoding=iso-8859-1", "cloud.interface=internal", "cloud.token=abc",
                "cloud.application-credential.id=app-id", "cloud.application-credential.secret=app-secret")
                .run(context -> {
                    CloudProperties properties = context.getBean(CloudProperties.class);
                    assertThat(properties.getApplicationCredential().getId()).isEqualTo("app-id");
                    assertThat(properties.getApplicationCredential().getSecret()).isEqualTo("app-secret");
                    assertThat(properties.getToken()).isEqualTo("abc");
                    assertThat(properties.getDomainName()).isEqualTo("d");
                    CloudContext cloud = context.getBean(CloudContext.class);
                    assertThat(cloud.settings().tenantId()).isEqualTo("t1");
                    assertThat(cloud.settings().userDomainId()).isEqualTo("default");
                    assertThat(cloud.settings().projectDomainName()).isEqualTo("Default");
                    assertThat(cloud.settings().verifySsl()).isFalse();
                    assertThat(cloud.settings().debug()).isTrue();
                    assertThat(cloud.settings().encoding().name()).isEqualTo("ISO-8859-1");
                    assertThat(cloud.settings().interfaceName()).isEqualTo("internal");
                    assertThat(cloud.transport().userAgent()).startsWith("my-app/1.0");
                    assertThat(cloud.transport().settings().verifySsl()).isFalse();
                    // a token wins over the application credential: it is the most specific credential
                    assertThat(cloud.session().hasCredentials()).isTrue();
                });
    }

    @Test
    void applicationCredentialsAreUsedWithoutAPassword() {
        runner.withPropertyValues("cloud.auth-endpoint=http://127.0.0.1:9/v3",
                "cloud.application-credential.id=app-id", "cloud.application-credential.secret=app-secret")
                .run(context -> {
                    CloudContext cloud = context.getBean(CloudContext.class);
                    assertThat(cloud.session().hasCredentials()).isTrue();
                    assertThat(cloud.identityType()).isEqualTo("v3");
                });
    }

    @Test
    void bindsRegionsServicesAndDurations() {
        runner.withPropertyValues("cloud.region=ORD", "cloud.regions=DFW,ORD,LON",
                "cloud.services.compute.enabled=false", "cloud.services.object-store.enabled=true",
                "cloud.http.connect-timeout=2s", "cloud.http.read-timeout=1m", "cloud.http.max-connections=8",
                "cloud.http.pending-acquire-timeout=5s", "cloud.http.max-idle-time=500ms",
                "cloud.retry.max-attempts=2", "cloud.retry.initial-interval=1s", "cloud.retry.multiplier=3",
                "cloud.retry.max-interval=20s", "cloud.retry.jitter=0s", "cloud.retry.max-elapsed=2m",
                "cloud.retry.background.max-attempts=20", "cloud.retry.background.initial-interval=2s",
                "cloud.retry.background.multiplier=1.5", "cloud.retry.background.max-interval=30s",
                "cloud.retry.background.jitter=1s", "cloud.retry.background.max-elapsed=5m",
                "cloud.health.timeout=1s", "cloud.health.cache-ttl=30s")
                .run(context -> {
                    CloudProperties properties = context.getBean(CloudProperties.class);
                    assertThat(context.getBean(CloudClients.class).regions()).containsExactly("ORD", "DFW", "LON");
                    assertThat(properties.isEnabled(ServiceType.COMPUTE)).isFalse();
                    assertThat(properties.isEnabled(ServiceType.OBJECT_STORE)).isTrue();
                    assertThat(properties.isEnabled(ServiceType.DNS)).isTrue();
                    assertThat(properties.getHttp().toHttpSettings()).isEqualTo(new HttpSettings(Duration.ofSeconds(2),
                            Duration.ofMinutes(1), 8, Duration.ofSeconds(5), Duration.ofMillis(500), true, null, false));
                    assertThat(context.getBean(CloudContext.class).transport().settings().maxConnections()).isEqualTo(8);
                    assertThat(properties.getRetry().toRetrySettings()).isEqualTo(new RetrySettings(2,
                            Duration.ofSeconds(1), 3.0, Duration.ofSeconds(20), Duration.ZERO, Duration.ofMinutes(2)));
                    assertThat(properties.getRetry().getBackground().toRetrySettings()).isEqualTo(new RetrySettings(20,
                            Duration.ofSeconds(2), 1.5, Duration.ofSeconds(30), Duration.ofSeconds(1),
                            Duration.ofMinutes(5)));
                    assertThat(properties.getHealth().getTimeout()).isEqualTo(Duration.ofSeconds(1));
                    assertThat(properties.getHealth().getCacheTtl()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void serviceNamesBindInEverySpelling() {
        runner.withPropertyValues("cloud.services.object_store.enabled=false", "cloud.services[LOAD_BALANCER].enabled=false")
                .run(context -> {
                    CloudProperties properties = context.getBean(CloudProperties.class);
                    assertThat(properties.isEnabled(ServiceType.OBJECT_STORE)).isFalse();
                    assertThat(properties.isEnabled(ServiceType.LOAD_BALANCER)).isFalse();
                });
    }

    @Test
    void defaultsMatchTheCore() {
        CloudProperties properties = new CloudProperties();
        assertThat(properties.getHttp().toHttpSettings()).isEqualTo(HttpSettings.defaults());
        assertThat(properties.getRetry().toRetrySettings()).isEqualTo(RetrySettings.defaults());
        assertThat(properties.getRetry().getBackground().toRetrySettings()).isEqualTo(RetrySettings.backgroundDefaults());
        assertThat(properties.getEnvironment()).isEqualTo(CloudProperties.DEFAULT_ENVIRONMENT);
    }
}
