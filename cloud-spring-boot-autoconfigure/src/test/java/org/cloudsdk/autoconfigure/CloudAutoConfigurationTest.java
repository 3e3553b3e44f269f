package org.cloudsdk.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.NotAuthenticatedException;
import org.cloudsdk.http.RetryPolicies;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.identity.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

class CloudAutoConfigurationTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockCloud.server();

    @TempDir
    Path home;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class))
                .withSystemProperties("user.home=" + home);
    }

    @Test
    void providesTheContextTheRegistryTheFactoryAndTheRetryPolicies() {
        runner().run(context -> assertThat(context).hasNotFailed().hasSingleBean(CloudContext.class)
                .hasSingleBean(CloudClients.class).hasSingleBean(CloudContextFactory.class)
                .hasSingleBean(RetryPolicies.class).hasBean("cloudRetryPolicies")
                .doesNotHaveBean(RetryPolicy.class));
    }

    @Test
    void bindsPropertiesIntoAnUnauthenticatedContextWithoutCallingTheNetwork() {
        WireMockCloud.stubKeystone(server);
        WireMockCloud.withCloud(runner(), server).withPropertyValues("cloud.use-servicenet=true")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    CloudContext cloud = context.getBean(CloudContext.class);
                    assertThat(cloud.isAuthenticated()).isFalse();
                    assertThat(cloud.defaultRegion()).isEqualTo("RegionOne");
                    assertThat(cloud.settings().authEndpoint()).isEqualTo(WireMockCloud.baseUrl(server) + "/v3");
                    assertThat(cloud.defaultInterface(ServiceType.OBJECT_STORE)).isEqualTo(EndpointInterface.INTERNAL);
                    assertThat(cloud.session().hasCredentials()).isTrue();
                    assertThat(context.getBean(CloudClients.class).regions()).containsExactly("RegionOne");
                    assertThat(server.getAllServeEvents()).isEmpty();
                });
    }

    @Test
    void startsWithNothingConfiguredAndFailsOnFirstUseNamingTheProperties() {
        runner().run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(CloudContext.class);
            CloudContext cloud = context.getBean(CloudContext.class);
            assertThatThrownBy(cloud::authenticate).isInstanceOf(NotAuthenticatedException.class)
                    .hasMessageContaining("cloud.username").hasMessageContaining("cloud.password")
                    .hasMessageContaining("cloud.application-credential.id");
        });
    }

    @Test
    void ignoresThePyraxFileOfTheMachineUnlessNamedOrOptedIn() throws IOException {
        Path file = home.resolve(".pyrax.cfg");
        Files.writeString(file, "[default]\nregion = ORD\n\n[staging]\nregion = LON\n");
        runner().run(context -> assertThat(context.getBean(CloudContext.class).settings().region()).isNull());
        runner().withPropertyValues("cloud.read-machine-settings=true")
                .run(context -> assertThat(context.getBean(CloudContext.class).settings().region()).isEqualTo("ORD"));
        runner().withPropertyValues("cloud.config-file=" + file, "cloud.environment=staging")
                .run(context -> assertThat(context.getBean(CloudContext.class).settings().region()).isEqualTo("LON"));
        runner().withPropertyValues("cloud.config-file=" + file, "cloud.region=SYD")
                .run(context -> assertThat(context.getBean(CloudContext.class).settings().region()).isEqualTo("SYD"));
    }

    @Test
    void failsAtStartWhenTheNamedConfigFileIsMissing() {
        runner().withPropertyValues("cloud.config-file=" + home.resolve("missing.cfg"))
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("cloud.config-file"));
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnContext() {
        runner().withUserConfiguration(OwnContext.class).run(context -> {
            assertThat(context).hasSingleBean(CloudContext.class);
            assertThat(context.getBean(CloudContext.class)).isSameAs(context.getBean(OwnContext.class).context);
            assertThat(context.getBean(CloudClients.class).context()).isSameAs(context.getBean(OwnContext.class).context);
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnRegistry() {
        runner().withUserConfiguration(OwnClients.class).run(context -> {
            assertThat(context).hasSingleBean(CloudClients.class);
            assertThat(context.getBean(CloudClients.class)).isSameAs(context.getBean(OwnClients.class).clients);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnContext {
        final CloudContext context = CloudContext.builder().identityType("rackspace")
                .configuration(org.cloudsdk.config.CloudConfiguration.of(null, java.util.Map.of()))
                .environmentVariables(java.util.Map.of()).build();

        @Bean
        CloudContext myContext() {
            return context;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClients {
        CloudClients clients;

        @Bean
        CloudClients myClients(CloudContextFactory factory, CloudContext context) {
            clients = new CloudClients(factory, context);
            return clients;
        }
    }
}
