package org.cloudsdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cloudsdk.errors.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudConfigurationTest {

    private static CloudConfiguration sample(Map<String, String> env) {
        return CloudConfiguration.of(PyraxConfigFile.parse(PyraxConfigFileTest.SAMPLE, "sample"), env);
    }

    @Test
    void environmentsComeFromTheFileAndTheFirstIsCurrent() {
        CloudConfiguration config = sample(Map.of());
        assertThat(config.listEnvironments()).containsExactly("private", "public");
        assertThat(config.getEnvironment()).isEqualTo("private");
        assertThat(config.getSetting("identity_type")).isEqualTo("keystone");
        assertThat(config.getSetting("region")).isEqualTo("RegionOne");
    }

    @Test
    void setEnvironmentSwitchesTheCurrentSettings() {
        CloudConfiguration config = sample(Map.of());
        config.setEnvironment("public");
        assertThat(config.getEnvironment()).isEqualTo("public");
        assertThat(config.getSetting("region")).isEqualTo("ORD");
        assertThat(config.settings().verifySsl()).isFalse();
        assertThat(config.settings().customUserAgent()).isEqualTo("CrazyApp/2.0");
    }

    @Test
    void anUnknownEnvironmentIsRejectedListingTheKnownOnes() {
        CloudConfiguration config = sample(Map.of());
        assertThatIllegalArgumentException().isThrownBy(() -> config.setEnvironment("staging"))
                .withMessageStartingWith("name:")
                .withMessageContaining("[private, public]")
                .withMessageContaining("'staging'");
        assertThatIllegalArgumentException().isThrownBy(() -> config.getSetting("region", "staging"))
                .withMessageContaining("[private, public]");
    }

    @Test
    void getSettingReadsOtherEnvironments() {
        CloudConfiguration config = sample(Map.of());
        assertThat(config.getSetting("keyring_username", "public")).isEqualTo("joeracker");
        assertThat(config.getSetting(Setting.DEBUG, "private")).isEqualTo("true");
        assertThat(config.getSetting("HTTP_DEBUG", "public")).isEqualTo("false");
    }

    @Test
    void fileValuesBeatEnvironmentVariablesWhichBeatDefaults() {
        CloudConfiguration config = sample(Map.of(
                "CLOUD_REGION", "IAD",
                "CLOUD_TENANT_ID", "env-tenant",
                "CLOUD_USER_AGENT", "EnvAgent/1",
                "USE_SERVICENET", "yes"));
        // the file sets region: it wins
        assertThat(config.getSetting("region", "private")).isEqualTo("RegionOne");
        // the file leaves tenant_id to the environment in 'public'
        assertThat(config.getSetting("tenant_id", "public")).isEqualTo("env-tenant");
        assertThat(config.getSetting("tenant_id", "private")).isEqualTo("abc123456");
        // an empty value in the file still counts as set
        assertThat(config.settings("private").explicit(Setting.CUSTOM_USER_AGENT)).contains("");
        assertThat(config.settings("public").useServicenet()).isTrue();
        // nobody sets encoding: the default applies
        assertThat(config.getSetting("encoding")).isEqualTo("utf-8");
    }

    @Test
    void rackspaceWithoutRegionDefaultsToDfw() {
        CloudConfiguration config = CloudConfiguration.of(
                PyraxConfigFile.parse("[default]\nidentity_type = rackspace\n", "f"), Map.of());
        assertThat(config.getSetting("region")).isEqualTo("DFW");
        CloudConfiguration fromEnv = CloudConfiguration.of(null, Map.of("CLOUD_ID_TYPE", "rackspace"));
        assertThat(fromEnv.settings().region()).isEqualTo("DFW");
    }

    @Test
    void withoutAFileThereIsOneDefaultEnvironmentFedByTheEnvironment() {
        CloudConfiguration config = CloudConfiguration.of(null, Map.of("CLOUD_ID_TYPE", "keystone"));
        assertThat(config.listEnvironments()).containsExactly("default");
        assertThat(config.getEnvironment()).isEqualTo("default");
        assertThat(config.getSetting("identity_type")).isEqualTo("keystone");
    }

    @Test
    void setSettingCountsAsAFileValueOfItsEnvironment() {
        CloudConfiguration config = sample(Map.of("CLOUD_REGION", "IAD"));
        config.setSetting("region", "ORD", "private");
        config.setSetting("debug", "off");
        assertThat(config.getSetting("region", "private")).isEqualTo("ORD");
        assertThat(config.settings().debug()).isFalse();
        config.setSetting("region", null, "private");
        assertThat(config.getSetting("region", "private")).isEqualTo("IAD");
    }

    @Test
    void setSettingCreatesAMissingEnvironment() {
        CloudConfiguration config = sample(Map.of());
        config.setSetting("region", "LON", "uk");
        assertThat(config.listEnvironments()).containsExactly("private", "public", "uk");
        config.setEnvironment("uk");
        assertThat(config.getSetting("region")).isEqualTo("LON");
    }

    @Test
    void unknownKeysAndInvalidValuesAreRejected() {
        CloudConfiguration config = sample(Map.of());
        assertThatIllegalArgumentException().isThrownBy(() -> config.setSetting("regoin", "ORD"))
                .withMessageStartingWith("key:")
                .withMessageContaining("identity_type")
                .withMessageContaining("'regoin'");
        assertThatIllegalArgumentException().isThrownBy(() -> config.getSetting("password"))
                .withMessageStartingWith("key:");
        assertThatIllegalArgumentException().isThrownBy(() -> config.setSetting("verify_ssl", "perhaps"))
                .withMessageStartingWith("verify_ssl:");
    }

    @Test
    void loadReadsTheFileAndToleratesAMissingOne(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(".pyrax.cfg"), PyraxConfigFileTest.SAMPLE);
        assertThat(CloudConfiguration.load(file, Map.of()).listEnvironments()).containsExactly("private", "public");
        assertThat(CloudConfiguration.load(dir.resolve("missing.cfg"), Map.of()).getEnvironment()).isEqualTo("default");
        assertThat(CloudConfiguration.load(null, Map.of()).listEnvironments()).containsExactly("default");
    }

    @Test
    void cloudConfigFileNamesTheFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("my.cfg"), "[x]\n");
        assertThat(CloudConfiguration.configFile(Map.of("CLOUD_CONFIG_FILE", file.toString()), dir)).isEqualTo(file);
        assertThat(CloudConfiguration.configFile(Map.of(), dir)).isEqualTo(dir.resolve(".pyrax.cfg"));
        assertThatThrownBy(() -> CloudConfiguration.configFile(
                Map.of("CLOUD_CONFIG_FILE", dir.resolve("absent.cfg").toString()), dir))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("CLOUD_CONFIG_FILE");
    }

    @Test
    void concurrentChangesAreNotLost() throws Exception {
        CloudConfiguration config = sample(Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String env = "env" + i;
                futures.add(pool.submit(() -> config.setSetting("region", "R-" + env, env)));
            }
            for (Future<?> future : futures) {
                future.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(config.listEnvironments()).hasSize(202);
        assertThat(config.getSetting("region", "env137")).isEqualTo("R-env137");
    }
}
