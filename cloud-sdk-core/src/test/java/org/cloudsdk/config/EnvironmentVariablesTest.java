package org.cloudsdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.cloudsdk.errors.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

class EnvironmentVariablesTest {

    @Test
    void everyVariableMapsToItsSetting() {
        Map<String, String> env = new HashMap<>();
        env.put("CLOUD_ID_TYPE", "keystone");
        env.put("CLOUD_AUTH_ENDPOINT", "http://keystone:5000/v3");
        env.put("CLOUD_KEYRING_USER", "demo");
        env.put("CLOUD_REGION", "RegionOne");
        env.put("CLOUD_TENANT_ID", "t-1");
        env.put("CLOUD_TENANT_NAME", "demo-project");
        env.put("CLOUD_ENCODING", "utf-16");
        env.put("CLOUD_USER_AGENT", "MyApp/1.0");
        env.put("CLOUD_DEBUG", "yes");
        env.put("CLOUD_VERIFY_SSL", "0");
        env.put("USE_SERVICENET", "True");
        env.put("CLOUD_USER_DOMAIN_NAME", "Default");
        env.put("CLOUD_USER_DOMAIN_ID", "ud");
        env.put("CLOUD_PROJECT_DOMAIN_NAME", "PD");
        env.put("CLOUD_PROJECT_DOMAIN_ID", "pd");
        env.put("CLOUD_INTERFACE", "admin");
        env.put("CLOUD_CA_BUNDLE", "/etc/ssl/private-cloud-ca.pem");
        env.put("CLOUD_TRUST_STORE", "/etc/ssl/cloud.p12");
        env.put("CLOUD_TRUST_STORE_PASSWORD", "storepass");
        env.put("CLOUD_CLIENT_CERT", "/etc/ssl/me.pem");
        env.put("CLOUD_CLIENT_KEY", "/etc/ssl/me-key.pem");
        env.put("CLOUD_PROXY", "proxy.corp:3128");
        env.put("CLOUD_PROXY_USERNAME", "svc");
        env.put("CLOUD_PROXY_PASSWORD", "proxypass");
        env.put("CLOUD_NO_PROXY", "localhost,.corp");
        env.put("CLOUD_USE_ENVIRONMENT_PROXY", "on");
        env.put("CLOUD_QUEUES_ID", "3381af92-2b9e-11e3-b191-71861300734c");
        env.put("HOME", "/home/demo");

        CloudSettings settings = EnvironmentVariables.read(env);

        assertThat(settings.explicitValues()).hasSize(Setting.values().length);
        assertThat(settings.identityType()).isEqualTo("keystone");
        assertThat(settings.authEndpoint()).isEqualTo("http://keystone:5000/v3");
        assertThat(settings.keyringUsername()).isEqualTo("demo");
        assertThat(settings.region()).isEqualTo("RegionOne");
        assertThat(settings.tenantId()).isEqualTo("t-1");
        assertThat(settings.tenantName()).isEqualTo("demo-project");
        assertThat(settings.encoding().name()).isEqualTo("UTF-16");
        assertThat(settings.customUserAgent()).isEqualTo("MyApp/1.0");
        assertThat(settings.get(Setting.CA_BUNDLE)).isEqualTo("/etc/ssl/private-cloud-ca.pem");
        assertThat(settings.get(Setting.CLIENT_KEY)).isEqualTo("/etc/ssl/me-key.pem");
        assertThat(settings.get(Setting.NO_PROXY)).isEqualTo("localhost,.corp");
        assertThat(settings.useEnvironmentProxy()).isTrue();
        assertThat(settings.queueClientId()).isEqualTo("3381af92-2b9e-11e3-b191-71861300734c");
        assertThat(settings.toString()).doesNotContain("storepass", "proxypass", "proxy.corp")
                .contains("trust_store_password=******", "proxy=******");
        assertThat(settings.debug()).isTrue();
        assertThat(settings.verifySsl()).isFalse();
        assertThat(settings.useServicenet()).isTrue();
        assertThat(settings.userDomainName()).isEqualTo("Default");
        assertThat(settings.userDomainId()).isEqualTo("ud");
        assertThat(settings.projectDomainName()).isEqualTo("PD");
        assertThat(settings.projectDomainId()).isEqualTo("pd");
        assertThat(settings.interfaceName()).isEqualTo("admin");
    }

    @Test
    void blankVariablesAreIgnored() {
        CloudSettings settings = EnvironmentVariables.read(Map.of("CLOUD_REGION", "  ", "CLOUD_DEBUG", ""));
        assertThat(settings.isEmpty()).isTrue();
    }

    @Test
    void anInvalidValueNamesTheVariable() {
        assertThatThrownBy(() -> EnvironmentVariables.read(Map.of("CLOUD_VERIFY_SSL", "nope")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("CLOUD_VERIFY_SSL")
                .hasMessageContaining("verify_ssl");
    }
}
