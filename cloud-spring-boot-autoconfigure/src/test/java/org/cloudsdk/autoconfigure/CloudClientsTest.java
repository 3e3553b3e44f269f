package org.cloudsdk.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cloudsdk.CloudContext;
import org.cloudsdk.http.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CloudClientsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class))
            .withSystemProperties("user.home=/nonexistent-home")
            .withPropertyValues("cloud.identity-type=keystone", "cloud.auth-endpoint=http://127.0.0.1:9/v3",
                    "cloud.region=RegionOne", "cloud.regions=RegionTwo", "cloud.username=demo",
                    "cloud.password=secret", "cloud.environments.public.region=LON",
                    "cloud.environments.public.identity-type=rackspace",
                    "cloud.environments.public.api-key=0123456789abcdef0123456789abcdef",
                    "cloud.services.dns.enabled=false");

    @Test
    void theActiveContextIsTheContextBean() {
        runner.run(context -> {
            CloudClients clients = context.getBean(CloudClients.class);
            assertThat(clients.activeEnvironment()).isEqualTo("default");
            assertThat(clients.context()).isSameAs(context.getBean(CloudContext.class));
            assertThat(clients.context("default")).isSameAs(clients.context());
            assertThat(clients.environments()).containsExactly("default", "public");
        });
    }

    @Test
    void otherEnvironmentsAreBuiltOnceWithTheirOwnSettings() {
        runner.run(context -> {
            CloudClients clients = context.getBean(CloudClients.class);
            CloudContext pub = clients.context("public");
            assertThat(pub).isNotSameAs(clients.context()).isSameAs(clients.context("public"));
            assertThat(pub.defaultRegion()).isEqualTo("LON");
            assertThat(pub.identityType()).isEqualTo("rackspace");
            assertThat(clients.environment("public").context()).isSameAs(pub);
            assertThat(clients.environment("public").regions()).containsExactly("LON", "RegionTwo");
            ServiceClient files = clients.environment("public").client("object_store", "LON");
            assertThat(files.region()).isEqualTo("LON");
            assertThat(files.service()).isEqualTo("object_store");
        });
    }

    @Test
    void buildsClientsPerRegionAndRefusesDisabledServices() {
        runner.run(context -> {
            CloudClients clients = context.getBean(CloudClients.class);
            assertThat(clients.regions()).containsExactly("RegionOne", "RegionTwo");
            ServiceClient compute = clients.client("compute", "RegionTwo");
            assertThat(compute.region()).isEqualTo("RegionTwo");
            assertThat(clients.client("nova", null).region()).isEqualTo("RegionOne");
            assertThat(clients.isEnabled("dns")).isFalse();
            assertThatThrownBy(() -> clients.client("dns", "RegionOne")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cloud.services.dns.enabled=false");
        });
    }

    @Test
    void namesTheKnownEnvironmentsWhenAskedForAnotherOne() {
        runner.run(context -> assertThatThrownBy(() -> context.getBean(CloudClients.class).context("staging"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[default, public]")
                .hasMessageContaining("cloud.environments.staging"));
    }

    @Test
    void manyThreadsGetTheSameContext() throws Exception {
        runner.run(context -> {
            CloudClients clients = context.getBean(CloudClients.class);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                Callable<CloudContext> get = () -> clients.context("public");
                List<Future<CloudContext>> results = pool.invokeAll(java.util.Collections.nCopies(32, get));
                CloudContext first = results.get(0).get();
                for (Future<CloudContext> result : results) {
                    assertThat(result.get()).isSameAs(first);
                }
            } finally {
                pool.shutdownNow();
            }
        });
    }

    @Test
    void closingClosesWhatItBuiltButNotTheActiveContext() {
        runner.run(context -> {
            CloudClients clients = context.getBean(CloudClients.class);
            clients.context("public");
            clients.close();
            assertThatThrownBy(() -> clients.context("public")).isInstanceOf(IllegalStateException.class);
            assertThat(clients.context()).isSameAs(context.getBean(CloudContext.class));
        });
    }
}
