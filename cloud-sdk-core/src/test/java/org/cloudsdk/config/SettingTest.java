package org.cloudsdk.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingTest {

    @Test
    void pyraxKeysAndEnvironmentVariables() {
        assertThat(Setting.IDENTITY_TYPE.key()).isEqualTo("identity_type");
        assertThat(Setting.IDENTITY_TYPE.environmentVariable()).isEqualTo("CLOUD_ID_TYPE");
        assertThat(Setting.KEYRING_USERNAME.environmentVariable()).isEqualTo("CLOUD_KEYRING_USER");
        assertThat(Setting.CUSTOM_USER_AGENT.environmentVariable()).isEqualTo("CLOUD_USER_AGENT");
        assertThat(Setting.USE_SERVICENET.environmentVariable()).isEqualTo("USE_SERVICENET");
        assertThat(Setting.INTERFACE.key()).isEqualTo("interface");
        assertThat(Setting.PROJECT_DOMAIN_ID.environmentVariable()).isEqualTo("CLOUD_PROJECT_DOMAIN_ID");
    }

    @Test
    void fromKeyIgnoresCaseAndDashes() {
        assertThat(Setting.fromKey("identity_type")).contains(Setting.IDENTITY_TYPE);
        assertThat(Setting.fromKey(" Identity-Type ")).contains(Setting.IDENTITY_TYPE);
        assertThat(Setting.fromKey("VERIFY_SSL")).contains(Setting.VERIFY_SSL);
    }

    @Test
    void fromKeyAcceptsTheOldHttpDebugName() {
        assertThat(Setting.fromKey("http_debug")).contains(Setting.DEBUG);
        assertThat(Setting.fromKey("HTTP-DEBUG")).contains(Setting.DEBUG);
    }

    @Test
    void fromKeyIsEmptyForUnknownKeys() {
        assertThat(Setting.fromKey("password")).isEmpty();
        assertThat(Setting.fromKey(null)).isEmpty();
        assertThat(Setting.fromKey("CLOUD_REGION")).isEmpty();
    }

    @Test
    void keysListsEveryKey() {
        assertThat(Setting.keys()).hasSize(Setting.values().length).contains("region", "debug", "interface");
    }
}
