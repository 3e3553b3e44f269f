package org.cloudsdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.AuthenticationFailedException;
import org.cloudsdk.errors.NoEndpointForServiceException;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.identity.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** Identity v3 against the real local Keystone, and the object-store endpoints it lists. */
class KeystoneIT {

    @Test
    void passwordAuthenticationGivesTokenCatalogRolesAndProject() {
        try (CloudContext ctx = LocalCloud.demo().build()) {
            assertThat(ctx.isAuthenticated()).isFalse();
            ctx.authenticate();

            assertThat(ctx.isAuthenticated()).isTrue();
            assertThat(ctx.authToken()).isNotBlank();
            assertThat(ctx.expires()).isAfter(Instant.now().plus(Duration.ofMinutes(30)));
            assertThat(ctx.tenantName()).isEqualTo("demo");
            assertThat(ctx.tenantId()).isEqualTo(LocalCloud.get("demo.project.id"));
            assertThat(ctx.username()).isEqualTo("demo");
            assertThat(ctx.roles()).contains("member");
            assertThat(ctx.regions()).containsExactly(LocalCloud.get("region"));
            assertThat(ctx.services()).contains(ServiceType.OBJECT_STORE, ServiceType.IDENTITY);
            assertThat(ctx.identityType()).isEqualTo("v3");
        }
    }

    @Test
    void publicAndInternalObjectStoreUrlsDiffer() {
        try (CloudContext ctx = LocalCloud.demo().build()) {
            String publicUrl = ctx.client("cloudfiles", "RegionOne").endpointUrl();
            String internalUrl = ctx.client("swift", "RegionOne", EndpointInterface.INTERNAL).endpointUrl();

            assertThat(publicUrl).isEqualTo(LocalCloud.get("swift.public.url"));
            assertThat(internalUrl).isEqualTo(LocalCloud.get("swift.internal.url"));
            assertThat(publicUrl).isNotEqualTo(internalUrl);
        }
        try (CloudContext servicenet = LocalCloud.demo().useServicenet(true).build()) {
            assertThat(servicenet.client("object_store", null).endpointUrl()).isEqualTo(LocalCloud.get("swift.internal.url"));
        }
    }

    @Test
    void bothObjectStoreUrlsServeTheAccount() {
        try (CloudContext ctx = LocalCloud.demo().build()) {
            for (EndpointInterface iface : List.of(EndpointInterface.PUBLIC, EndpointInterface.INTERNAL)) {
                ServiceClient swift = ctx.client("object_store", null, iface);
                ApiResponse head = swift.execute(swift.request(HttpMethod.HEAD, "head_account"));
                assertThat(head.status()).isBetween(200, 204);
                assertThat(head.header("X-Account-Object-Count")).isPresent();
            }
        }
    }

    @Test
    void aCatalogTypeNoServiceTypeNamesIsReachableAsRawRest() {
        try (CloudContext ctx = LocalCloud.demo().build()) {
            // Placement runs in the full local cloud; pyrax never knew it
            ServiceClient placement = ctx.client("placement", LocalCloud.get("region"));
            ApiResponse root = placement.get("/");
            assertThat(root.json().get("versions").get(0).get("min_version").asString()).isEqualTo("1.0");
        }
    }

    @Test
    void serviceMissingFromTheCatalogRaisesNoEndpointForService() {
        try (CloudContext ctx = LocalCloud.demo().build()) {
            ctx.authenticate();
            // Cloud Monitoring is Rackspace's alone: no local service registers it
            assertThatThrownBy(() -> ctx.client("monitor", "RegionOne"))
                    .isInstanceOf(NoEndpointForServiceException.class)
                    .hasMessageContaining("rax:monitor")
                    .hasMessageContaining("object-store");
        }
    }

    @Test
    void wrongPasswordIsATyped401WithoutTheSecret() {
        String wrong = "not-the-password-9f3k";
        try (CloudContext ctx = LocalCloud.keystone().username("demo").password(wrong).tenantName("demo").build()) {
            assertThatThrownBy(ctx::authenticate)
                    .isInstanceOfSatisfying(AuthenticationFailedException.class, e -> {
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.service()).isEqualTo("identity");
                        assertThat(e.requestId()).isNotBlank();
                        assertThat(e.getMessage()).contains("demo").doesNotContain(wrong);
                    });
            assertThat(ctx.isAuthenticated()).isFalse();
        }
    }

    @Test
    void tokenAuthenticationFetchesTheCatalogWithoutCredentials() {
        String token;
        try (CloudContext ctx = LocalCloud.demo().build()) {
            token = ctx.authToken();
        }
        try (CloudContext byToken = LocalCloud.keystone().build()) {
            byToken.authWithToken(token, LocalCloud.get("demo.project.id"), null);

            assertThat(byToken.isAuthenticated()).isTrue();
            assertThat(byToken.tenantName()).isEqualTo("demo");
            assertThat(byToken.session().canReauthenticate()).isFalse();
            ServiceClient swift = byToken.client("object_store", "RegionOne");
            assertThat(swift.execute(swift.request(HttpMethod.HEAD, "head_account")).status()).isBetween(200, 204);
        }
    }

    @Test
    void applicationCredentialAuthenticates() {
        try (CloudContext ctx = LocalCloud.keystone()
                .applicationCredential(LocalCloud.get("appcred.id"), LocalCloud.get("appcred.secret")).build()) {
            ctx.authenticate();

            assertThat(ctx.tenantId()).isEqualTo(LocalCloud.get("demo.project.id"));
            assertThat(ctx.username()).isEqualTo("demo");
            assertThat(ctx.client("object_store", null).endpointUrl()).isEqualTo(LocalCloud.get("swift.public.url"));
        }
    }

    @Test
    void twoContextsForTwoProjectsServeManyThreadsAtOnce() throws Exception {
        try (CloudContext demo = LocalCloud.demo().build(); CloudContext alt = LocalCloud.alt().build()) {
            ServiceClient demoSwift = demo.client("object_store", "RegionOne");
            ServiceClient altSwift = alt.client("object_store", "RegionOne");
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    ServiceClient swift = i % 2 == 0 ? demoSwift : altSwift;
                    Callable<String> call = () -> {
                        start.await();
                        ApiResponse head = swift.execute(swift.request(HttpMethod.HEAD, "head_account"));
                        assertThat(head.status()).isBetween(200, 204);
                        return swift.endpointUrl();
                    };
                    results.add(pool.submit(call));
                }
                start.countDown();
                for (int i = 0; i < results.size(); i++) {
                    String url = results.get(i).get(60, TimeUnit.SECONDS);
                    String project = i % 2 == 0 ? LocalCloud.get("demo.project.id") : LocalCloud.get("alt.project.id");
                    assertThat(url).endsWith("AUTH_" + project);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(demo.tenantId()).isNotEqualTo(alt.tenantId());
        }
    }
}
