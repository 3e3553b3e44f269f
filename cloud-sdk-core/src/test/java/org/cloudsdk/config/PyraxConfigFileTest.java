package org.cloudsdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cloudsdk.errors.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PyraxConfigFileTest {

    /** The sample of the pyrax manual. */
    static final String SAMPLE = """
            [private]
            identity_type = keystone
            region = RegionOne
            custom_user_agent =
            debug = True
            auth_endpoint = http://192.168.0.1:5000/v2.0/
            tenant_name = demo
            tenant_id = abc123456
            keyring_username = demo

            [public]
            identity_type = rackspace
            keyring_username = joeracker
            region = ORD
            custom_user_agent = CrazyApp/2.0
            debug = False
            verify_ssl = False
            """;

    @Test
    void theManualsSampleHasTwoEnvironmentsAndTheFirstIsTheDefault() {
        PyraxConfigFile file = PyraxConfigFile.parse(SAMPLE, "sample.cfg");

        assertThat(file.environments()).containsExactly("private", "public");
        assertThat(file.defaultEnvironment()).isEqualTo("private");
        assertThat(file.skippedSections()).isEmpty();

        CloudSettings privateCloud = file.environment("private").orElseThrow();
        assertThat(privateCloud.identityType()).isEqualTo("keystone");
        assertThat(privateCloud.region()).isEqualTo("RegionOne");
        assertThat(privateCloud.debug()).isTrue();
        assertThat(privateCloud.authEndpoint()).isEqualTo("http://192.168.0.1:5000/v2.0/");
        assertThat(privateCloud.tenantName()).isEqualTo("demo");
        assertThat(privateCloud.tenantId()).isEqualTo("abc123456");
        assertThat(privateCloud.keyringUsername()).isEqualTo("demo");
        assertThat(privateCloud.customUserAgent()).isNull();
        assertThat(privateCloud.explicit(Setting.CUSTOM_USER_AGENT)).contains("");
        assertThat(privateCloud.verifySsl()).isTrue();

        CloudSettings publicCloud = file.environment("public").orElseThrow();
        assertThat(publicCloud.identityType()).isEqualTo("rackspace");
        assertThat(publicCloud.keyringUsername()).isEqualTo("joeracker");
        assertThat(publicCloud.region()).isEqualTo("ORD");
        assertThat(publicCloud.customUserAgent()).isEqualTo("CrazyApp/2.0");
        assertThat(publicCloud.debug()).isFalse();
        assertThat(publicCloud.verifySsl()).isFalse();
    }

    @Test
    void aSectionNamedDefaultIsTheDefaultWherever() {
        PyraxConfigFile file = PyraxConfigFile.parse("[a]\nregion=ORD\n[settings]\nregion=IAD\n[default]\nregion=DFW\n",
                "f");
        assertThat(file.defaultEnvironment()).isEqualTo("default");
    }

    @Test
    void theSettingsSectionOfOldPyraxIsTheDefaultWithoutADefaultSection() {
        PyraxConfigFile file = PyraxConfigFile.parse("[a]\nregion=ORD\n[settings]\nregion=IAD\n", "f");
        assertThat(file.defaultEnvironment()).isEqualTo("settings");
    }

    @Test
    void theQueueClientIdIsReadFromItsPyraxKey() {
        PyraxConfigFile file = PyraxConfigFile.parse("[default]\nqueue_client_id = 3381af92-2b9e-11e3-b191-71861300734c\n",
                "f");
        assertThat(file.environment("default").orElseThrow().queueClientId())
                .isEqualTo("3381af92-2b9e-11e3-b191-71861300734c");
    }

    @Test
    void noSectionsMeansNoDefault() {
        PyraxConfigFile file = PyraxConfigFile.parse("# only a comment\n", "f");
        assertThat(file.environments()).isEmpty();
        assertThat(file.defaultEnvironment()).isNull();
        assertThat(file.environment("default")).isEmpty();
    }

    @Test
    void syntaxVariants() {
        PyraxConfigFile file = PyraxConfigFile.parse("""
                ; a comment
                # another
                [Env One]   ; trailing comment
                Region: LON
                IDENTITY-TYPE = rackspace
                auth_endpoint = https://id.example.com/v2.0/#frag   # trailing comment
                http_debug = on
                """, "f");
        CloudSettings settings = file.environment("Env One").orElseThrow();
        assertThat(settings.region()).isEqualTo("LON");
        assertThat(settings.identityType()).isEqualTo("rackspace");
        assertThat(settings.authEndpoint()).isEqualTo("https://id.example.com/v2.0/#frag");
        assertThat(settings.debug()).isTrue();
    }

    @Test
    void aMalformedSectionIsSkippedWithAWarningAndTheOthersLoad() {
        String content = """
                [good]
                region = ORD

                [broken]
                region = IAD
                this line is nonsense
                debug = true

                [typo]
                verify_ssl = maybe

                [twice]
                region = LON
                REGION = HKG

                [alias]
                debug = true
                http_debug = false

                [last]
                region = SYD
                """;
        try (LogCapture log = new LogCapture(PyraxConfigFile.class)) {
            PyraxConfigFile file = PyraxConfigFile.parse(content, "/home/demo/.pyrax.cfg");

            assertThat(file.environments()).containsExactly("good", "last");
            assertThat(file.skippedSections()).containsExactly("broken", "typo", "twice", "alias");
            assertThat(file.environment("last").orElseThrow().region()).isEqualTo("SYD");
            assertThat(log.warnings())
                    .anySatisfy(w -> assertThat(w).contains("/home/demo/.pyrax.cfg").contains("line 6")
                            .contains("[broken]"))
                    .anySatisfy(w -> assertThat(w).contains("line 10").contains("[typo]").contains("verify_ssl"))
                    .anySatisfy(w -> assertThat(w).contains("line 14").contains("[twice]").contains("duplicate"))
                    .anySatisfy(w -> assertThat(w).contains("line 18").contains("[alias]"));
        }
    }

    @Test
    void aBrokenDefaultSectionFallsBackToAnotherWithAWarning() {
        try (LogCapture log = new LogCapture(PyraxConfigFile.class)) {
            PyraxConfigFile file = PyraxConfigFile.parse("[default]\ndebug = sometimes\n[other]\nregion = ORD\n", "f");
            assertThat(file.defaultEnvironment()).isEqualTo("other");
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("default environment 'default'"));
        }
    }

    @Test
    void aMalformedHeaderStartsASkippedSectionWithoutHarmingThePreviousOne() {
        PyraxConfigFile file = PyraxConfigFile.parse("[a]\nregion = ORD\n[b\nregion = IAD\n[c] x\n[]\n", "f");
        assertThat(file.environments()).containsExactly("a");
        assertThat(file.environment("a").orElseThrow().region()).isEqualTo("ORD");
        assertThat(file.skippedSections()).containsExactly("b", "c", "");
    }

    @Test
    void credentialsAreIgnoredWithAWarningThatNeverShowsTheirValue() {
        String content = """
                [default]
                identity_type = keystone
                username = demo
                password = Sup3rS3cretPassw0rd
                api_key = 0123456789abcdefKEY
                region = RegionOne
                """;
        try (LogCapture log = new LogCapture(PyraxConfigFile.class)) {
            PyraxConfigFile file = PyraxConfigFile.parse(content, "pyrax.cfg");

            CloudSettings settings = file.environment("default").orElseThrow();
            assertThat(settings.region()).isEqualTo("RegionOne");
            assertThat(settings.explicitValues()).containsOnlyKeys(Setting.IDENTITY_TYPE, Setting.REGION);
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("'password'").contains("line 4"));
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("'api_key'"));
            assertThat(log.allMessages()).isNotEmpty()
                    .noneMatch(m -> m.contains("Sup3rS3cretPassw0rd"))
                    .noneMatch(m -> m.contains("0123456789abcdefKEY"));
        }
    }

    @Test
    void unknownKeysAreIgnoredWithAWarning() {
        try (LogCapture log = new LogCapture(PyraxConfigFile.class)) {
            PyraxConfigFile file = PyraxConfigFile.parse("[default]\nregoin = ORD\nregion = IAD\n", "f");
            assertThat(file.environment("default").orElseThrow().region()).isEqualTo("IAD");
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("unknown key 'regoin'"));
        }
    }

    @Test
    void readReturnsEmptyForAMissingFile(@TempDir Path dir) {
        assertThat(PyraxConfigFile.read(dir.resolve(".pyrax.cfg"))).isEmpty();
    }

    @Test
    void readParsesAFile(@TempDir Path dir) throws IOException {
        Path path = Files.writeString(dir.resolve(".pyrax.cfg"), SAMPLE);
        PyraxConfigFile file = PyraxConfigFile.read(path).orElseThrow();
        assertThat(file.source()).isEqualTo(path.toString());
        assertThat(file.environments()).containsExactly("private", "public");
    }

    @Test
    void anUnreadableFileIsAConfigurationError(@TempDir Path dir) throws IOException {
        Path directory = Files.createDirectory(dir.resolve("a-directory.cfg"));
        assertThatThrownBy(() -> PyraxConfigFile.read(directory))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining(directory.toString());
        Path notUtf8 = Files.write(dir.resolve("latin1.cfg"), new byte[] {'[', 'a', ']', '\n', (byte) 0xE9});
        assertThatThrownBy(() -> PyraxConfigFile.read(notUtf8))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("UTF-8");
    }
}
