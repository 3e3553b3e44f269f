package org.cloudsdk.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.ServerErrorException;
import org.cloudsdk.http.RetryPolicies;
import org.cloudsdk.http.RetrySettings;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Workload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.http.HttpMethod;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * The SDK's retry policies are a bean of its own type: {@code cloud.retry.*} and
 * {@code cloud.retry.background.*} make it, a {@link CloudRetryCustomizer} adjusts it, a bean of
 * the type replaces it, and the application's Spring {@link RetryPolicy} beans (one or several)
 * are left to the application. Proven by how often a failing request is sent.
 */
class CloudRetryAutoConfigurationTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockCloud.server();

    @TempDir
    Path home;

    private ApplicationContextRunner runner() {
        return WireMockCloud.withCloud(new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class))
                .withSystemProperties("user.home=" + home), server)
                .withPropertyValues("cloud.retry.max-attempts=3", "cloud.retry.background.max-attempts=5");
    }

    @BeforeEach
    void failingAccount() {
        server.resetAll();
        WireMockCloud.stubKeystone(server);
        server.stubFor(head(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH)).willReturn(aResponse().withStatus(503)));
    }

    /** @return how many times a HEAD of the account was sent by one call of the given kind of work */
    private static int attempts(AssertableApplicationContext context, Workload workload) {
        server.resetRequests();
        ServiceClient files = context.getBean(CloudContext.class).client("object_store", "RegionOne")
                .forWorkload(workload);
        assertThatThrownBy(() -> files.execute(files.request(HttpMethod.HEAD, "head_account")))
                .isInstanceOf(ServerErrorException.class);
        return server.findAll(headRequestedFor(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH))).size();
    }

    @Test
    void withoutAnApplicationBeanThePropertiesApplyToBothKindsOfWork() {
        runner().run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(RetryPolicies.class).hasBean("cloudRetryPolicies");
            assertThat(attempts(context, Workload.INTERACTIVE)).isEqualTo(3);
            assertThat(attempts(context, Workload.BACKGROUND)).isEqualTo(5);
        });
    }

    @Test
    void anUnrelatedRetryPolicyBeanIsLeftToTheApplication() {
        runner().withUserConfiguration(OneRetryPolicy.class).run(context -> {
            assertThat(context).hasNotFailed().hasBean("cloudRetryPolicies").hasSingleBean(RetryPolicy.class);
            assertThat(attempts(context, Workload.INTERACTIVE)).isEqualTo(3);
            assertThat(attempts(context, Workload.BACKGROUND)).isEqualTo(5);
        });
    }

    @Test
    void twoRetryPolicyBeansDoNotSwitchTheSdkToItsDefaults() {
        runner().withUserConfiguration(OneRetryPolicy.class, AnotherRetryPolicy.class).run(context -> {
            assertThat(context).hasNotFailed().hasBean("cloudRetryPolicies");
            assertThat(context.getBeansOfType(RetryPolicy.class)).hasSize(2);
            assertThat(attempts(context, Workload.INTERACTIVE)).isEqualTo(3);
            assertThat(attempts(context, Workload.BACKGROUND)).isEqualTo(5);
        });
    }

    @Test
    void anApplicationBeanOfTheSdksTypeReplacesThePolicies() {
        runner().withUserConfiguration(OwnPolicies.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(RetryPolicies.class).doesNotHaveBean("cloudRetryPolicies");
            RetryPolicies own = context.getBean(RetryPolicies.class);
            RetryPolicies used = context.getBean(CloudContext.class).transport().retryPolicies();
            assertThat(used.interactive()).isSameAs(own.interactive());
            assertThat(used.background()).isSameAs(own.background());
            assertThat(attempts(context, Workload.INTERACTIVE)).isEqualTo(1);
            assertThat(attempts(context, Workload.BACKGROUND)).isEqualTo(2);
        });
    }

    @Test
    void customizersAdjustThePoliciesOfTheProperties() {
        runner().withBean(CloudRetryCustomizer.class, () -> builder -> builder.interactive(RetrySettings.none()))
                .run(context -> {
                    assertThat(attempts(context, Workload.INTERACTIVE)).isEqualTo(1);
                    assertThat(attempts(context, Workload.BACKGROUND)).isEqualTo(5);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class OneRetryPolicy {
        @Bean
        RetryPolicy applicationRetryPolicy() {
            return RetryPolicy.builder().maxRetries(0).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class AnotherRetryPolicy {
        @Bean
        RetryPolicy otherRetryPolicy() {
            return RetryPolicy.builder().maxRetries(9).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnPolicies {
        @Bean
        RetryPolicies myRetryPolicies() {
            return RetryPolicies.builder().interactive(RetrySettings.none())
                    .background(new RetrySettings(2, Duration.ofMillis(5), 1.0, Duration.ofMillis(5),
                            Duration.ZERO, Duration.ofSeconds(5)))
                    .build();
        }
    }
}
