package org.cloudsdk.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.NotAuthenticatedException;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.identity.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class CloudAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class))
            // keep the machine's ~/.pyrax.cfg and CLOUD_* variables out of the test
            .withSystemProperties("user.home=/nonexistent-home");

    @Test
    void bindsPropertiesIntoAnUnauthenticatedContextWithoutCallingTheNetwork() {
        runner.withPropertyValues("cloud.identity-type=keystone", "cloud.auth-endpoint=http://127.0.0.1:9/v3",
                "cloud.region=RegionOne", "cloud.username=demo", "cloud.password=secret", "cloud.tenant-name=demo",
                "cloud.use-servicenet=true")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(CloudContext.class);
                    CloudContext cloud = context.getBean(CloudContext.class);
                    assertThat(cloud.isAuthenticated()).isFalse();
                    assertThat(cloud.defaultRegion()).isEqualTo("RegionOne");
                    assertThat(cloud.settings().authEndpoint()).isEqualTo("http://127.0.0.1:9/v3");
                    assertThat(cloud.defaultInterface(ServiceType.OBJECT_STORE)).isEqualTo(EndpointInterface.INTERNAL);
                    assertThat(cloud.session().hasCredentials()).isTrue();
                });
    }

    @Test
    void startsWithNothingConfiguredAndFailsOnFirstUseNamingTheProperties() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(CloudContext.class);
            CloudContext cloud = context.getBean(CloudContext.class);
            assertThatThrownBy(cloud::authenticate)
                    .isInstanceOf(NotAuthenticatedException.class)
                    .hasMessageContaining("cloud.username").hasMessageContaining("cloud.password");
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnContext() {
        runner.withUserConfiguration(OwnContext.class).run(context -> {
            assertThat(context).hasSingleBean(CloudContext.class);
            assertThat(context.getBean(CloudContext.class)).isSameAs(context.getBean(OwnContext.class).context);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnContext {
        final CloudContext context = CloudContext.builder().identityType("rackspace")
                .environmentVariables(java.util.Map.of()).build();

        @Bean
        CloudContext myContext() {
            return context;
        }
    }
}
