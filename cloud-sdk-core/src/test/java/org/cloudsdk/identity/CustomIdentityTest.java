package org.cloudsdk.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudContextBuilder;
import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.InvalidConfigurationException;
import org.cloudsdk.http.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** A custom identity system named by class, as pyrax's {@code identity_type = module.Class}. */
class CustomIdentityTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static CloudContextBuilder custom(String className) {
        return TestCloud.isolatedBuilder()
                .identityType(className)
                .authEndpoint(TestCloud.baseUrl(cloud))
                .username("custom-user")
                .password(TestCloud.PASSWORD)
                .region("RegionOne");
    }

    @Test
    void classNamedAsIdentityTypeAuthenticatesAndItsCatalogIsUsed() {
        cloud.stubFor(get(urlPathEqualTo("/compute/v2.1/servers")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"servers\": []}")));

        try (CloudContext ctx = custom(FixedTokenIdentity.class.getName()).build()) {
            assertThat(ctx.identityType()).isEqualTo("fixed");
            assertThat(ctx.session().provider()).isInstanceOf(FixedTokenIdentity.class);

            ApiResponse response = ctx.client("nova", null).get("/servers");

            assertThat(response.status()).isEqualTo(200);
            assertThat(ctx.authToken()).isEqualTo(FixedTokenIdentity.TOKEN);
            assertThat(ctx.username()).isEqualTo("custom-user");
            assertThat(ctx.roles()).containsExactly("member");
        }

        cloud.verify(1, getRequestedFor(urlPathEqualTo("/compute/v2.1/servers"))
                .withHeader("X-Auth-Token", equalTo(FixedTokenIdentity.TOKEN)));
        cloud.verify(0, postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void classThatDoesNotImplementTheSpiIsRefusedByName() {
        String name = NotAnIdentityProvider.class.getName();

        assertThatThrownBy(() -> custom(name).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining(name)
                .hasMessageContaining(IdentityProvider.class.getName());
    }

    @Test
    void missingClassIsRefusedByName() {
        assertThatThrownBy(() -> custom("com.example.NoSuchIdentity").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("com.example.NoSuchIdentity")
                .hasMessageContaining("cannot be loaded");
    }

    @Test
    void unknownShortNameListsTheKnownTypes() {
        assertThatThrownBy(() -> custom("ldap").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("'ldap'")
                .hasMessageContaining("keystone")
                .hasMessageContaining("rackspace");
    }
}
