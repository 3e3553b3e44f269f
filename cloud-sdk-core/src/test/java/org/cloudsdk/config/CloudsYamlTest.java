package org.cloudsdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cloudsdk.errors.InvalidConfigurationException;
import org.cloudsdk.identity.Credentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudsYamlTest {

    private static final String CLOUDS = """
            clouds:
              devstack:
                auth:
                  auth_url: http://keystone.local:5000/v3
                  username: demo
                  project_name: demo-project
                  project_id: p-123
                  user_domain_name: Users
                  project_domain_id: default
                region_name: RegionOne
                interface: internal
                verify: false
              appcred:
                auth_type: v3applicationcredential
                auth:
                  auth_url: https://keystone.example.com/v3
                  application_credential_id: ac-1
                  application_credential_secret: AppCredSecret-42
                region_name: RegionTwo
              appcred-by-name:
                auth:
                  auth_url: https://keystone.example.com/v3
                  application_credential_name: ci
                  username: bob
                  application_credential_secret: AnotherSecret
              tokencloud:
                auth_type: token
                auth:
                  auth_url: https://keystone.example.com/v3
                  token: gAAAAB-token-value
                  project_id: p-9
                  domain_name: Shared
            """;

    @TempDir
    Path root;
    Path home;
    Path cwd;
    Path system;

    @BeforeEach
    void directories() throws IOException {
        home = Files.createDirectories(root.resolve("home"));
        cwd = Files.createDirectories(root.resolve("work"));
        system = Files.createDirectories(root.resolve("etc/openstack"));
    }

    private Path homeConfig() throws IOException {
        return Files.createDirectories(home.resolve(".config/openstack"));
    }

    private CloudsYaml.Entry find(String cloud, Map<String, String> env) {
        return CloudsYaml.find(cloud, env, home, cwd, system).orElseThrow();
    }

    @Test
    void passwordEntryIsMappedToSettingsAndCredentials() throws IOException {
        Files.writeString(homeConfig().resolve("clouds.yaml"), CLOUDS);
        Files.writeString(homeConfig().resolve("secure.yaml"),
                "clouds:\n  devstack:\n    auth:\n      password: FromSecureFile\n");

        CloudsYaml.Entry entry = find("devstack", Map.of());

        assertThat(entry.name()).isEqualTo("devstack");
        CloudSettings settings = entry.settings();
        assertThat(settings.identityType()).isEqualTo("keystone");
        assertThat(settings.authEndpoint()).isEqualTo("http://keystone.local:5000/v3");
        assertThat(settings.region()).isEqualTo("RegionOne");
        assertThat(settings.tenantId()).isEqualTo("p-123");
        assertThat(settings.tenantName()).isEqualTo("demo-project");
        assertThat(settings.userDomainName()).isEqualTo("Users");
        assertThat(settings.projectDomainId()).isEqualTo("default");
        assertThat(settings.projectDomainName()).isNull();
        assertThat(settings.interfaceName()).isEqualTo("internal");
        assertThat(settings.verifySsl()).isFalse();
        assertThat(entry.credentials()).isEqualTo(Credentials.password("demo", "FromSecureFile"));
        assertThat(entry.toString()).contains("devstack").doesNotContain("FromSecureFile");
    }

    @Test
    void secureValuesWinAndTheRestIsKept() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"), """
                clouds:
                  c:
                    auth: {auth_url: 'http://a/v3', username: u, password: old}
                    region_name: R1
                """);
        Files.writeString(system.resolve("secure.yaml"), "clouds: {c: {auth: {password: new}, region_name: R2}}\n");

        CloudsYaml.Entry entry = find("c", Map.of());

        assertThat(entry.credentials()).isEqualTo(Credentials.password("u", "new"));
        assertThat(entry.settings().region()).isEqualTo("R2");
        assertThat(entry.settings().authEndpoint()).isEqualTo("http://a/v3");
    }

    @Test
    void osSecureFileNamesTheSecureFile() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"), "clouds: {c: {auth: {username: u}}}\n");
        Path secure = Files.writeString(root.resolve("elsewhere.yaml"), "clouds: {c: {auth: {password: s}}}\n");
        CloudsYaml.Entry entry = find("c", Map.of("OS_SECURE_FILE", secure.toString()));
        assertThat(entry.credentials()).isEqualTo(Credentials.password("u", "s"));
    }

    @Test
    void theSearchOrderIsEnvThenCwdThenHomeThenSystem() throws IOException {
        Files.writeString(system.resolve("clouds.yaml"), "clouds: {c: {region_name: system}}\n");
        assertThat(find("c", Map.of()).settings().region()).isEqualTo("system");

        Files.writeString(homeConfig().resolve("clouds.yml"), "clouds: {c: {region_name: home}}\n");
        assertThat(find("c", Map.of()).settings().region()).isEqualTo("home");

        Files.writeString(cwd.resolve("clouds.yaml"), "clouds: {c: {region_name: cwd}}\n");
        assertThat(find("c", Map.of()).settings().region()).isEqualTo("cwd");

        Path named = Files.writeString(root.resolve("my-clouds.yaml"), "clouds: {c: {region_name: named}}\n");
        assertThat(find("c", Map.of("OS_CLIENT_CONFIG_FILE", named.toString())).settings().region())
                .isEqualTo("named");
    }

    @Test
    void applicationCredentialById() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"), CLOUDS);
        CloudsYaml.Entry entry = find("appcred", Map.of());
        assertThat(entry.credentials()).isEqualTo(Credentials.applicationCredential("ac-1", "AppCredSecret-42"));
        assertThat(entry.settings().region()).isEqualTo("RegionTwo");
        assertThat(entry.toString()).doesNotContain("AppCredSecret-42");
    }

    @Test
    void credentialsOfATypeWithoutTheirSecretNameWhatIsMissing() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"), """
                clouds:
                  tok: {auth_type: token, auth: {auth_url: 'http://a/v3'}}
                  app: {auth_type: v3applicationcredential, auth: {application_credential_id: ac-1}}
                """);

        assertThatThrownBy(() -> find("tok", Map.of())).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("incomplete credentials for auth_type token: token: expected a non-blank value");
        assertThatThrownBy(() -> find("app", Map.of())).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("auth_type v3applicationcredential: secret: expected a non-blank value");
    }

    @Test
    void applicationCredentialByNameWithoutAuthType() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"), CLOUDS);
        assertThat(find("appcred-by-name", Map.of()).credentials())
                .isEqualTo(Credentials.applicationCredentialByName("ci", "bob", "AnotherSecret"));
    }

    @Test
    void applicationCredentialWithoutSecretIsAnError() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"),
                "clouds: {x: {auth_type: v3applicationcredential, auth: {application_credential_id: a}}}\n");
        assertThatThrownBy(() -> find("x", Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("'x'")
                .hasMessageContaining("secret");
    }

    @Test
    void tokenEntryAndDomainFallback() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"), CLOUDS);
        CloudsYaml.Entry entry = find("tokencloud", Map.of());
        assertThat(entry.credentials()).isEqualTo(Credentials.token("gAAAAB-token-value"));
        assertThat(entry.settings().userDomainName()).isEqualTo("Shared");
        assertThat(entry.settings().projectDomainName()).isEqualTo("Shared");
        assertThat(entry.settings().tenantId()).isEqualTo("p-9");
        assertThat(entry.toString()).doesNotContain("gAAAAB-token-value");
    }

    @Test
    void anEntryWithoutCredentialsHasNone() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"), "clouds: {bare: {auth: {auth_url: 'http://k/v3'}}}\n");
        assertThat(find("bare", Map.of()).credentials()).isNull();
    }

    @Test
    void rawIsTheEntryAndCannotBeChanged() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"), CLOUDS);
        CloudsYaml.Entry entry = find("devstack", Map.of());
        assertThat(entry.raw()).containsEntry("region_name", "RegionOne").containsKey("auth");
        assertThatThrownBy(() -> entry.raw().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> auth = (Map<String, Object>) entry.raw().get("auth");
        assertThatThrownBy(() -> auth.clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void osCloudNamesTheCloudWhenNoneIsGiven() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"), CLOUDS);
        assertThat(find(null, Map.of("OS_CLOUD", "appcred")).name()).isEqualTo("appcred");
        assertThat(CloudsYaml.find(null, Map.of(), home, cwd, system)).isEmpty();
    }

    @Test
    void anAbsentCloudListsTheCloudsOfTheFile() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"), CLOUDS);
        assertThatThrownBy(() -> find("prod", Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("'prod'")
                .hasMessageContaining("[devstack, appcred, appcred-by-name, tokencloud]");
    }

    @Test
    void aNamedCloudWithoutAnyCloudsYamlIsAnError() {
        assertThatThrownBy(() -> find("prod", Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("no clouds.yaml was found");
        assertThatThrownBy(() -> find("prod", Map.of("OS_CLIENT_CONFIG_FILE", root.resolve("none.yaml").toString())))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("OS_CLIENT_CONFIG_FILE");
    }

    @Test
    void invalidYamlIsReportedWithoutQuotingTheFile() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"), "clouds: {c: {auth: {username: u}}}\n");
        Files.writeString(cwd.resolve("secure.yaml"), "clouds:\n  c:\n    auth: {password: LeakMe: [\n");
        assertThatThrownBy(() -> find("c", Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("secure.yaml")
                .hasMessageContaining("not valid YAML")
                .message().doesNotContain("LeakMe");
    }

    @Test
    void cacertCertAndKeyBecomeTheTlsSettingsAndAVerifyPathIsACaBundle() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"), """
                clouds:
                  private:
                    auth:
                      auth_url: https://keystone.private:5000/v3
                    cacert: /etc/ssl/private-ca.pem
                    cert: ~/certs/me.pem
                    key: ~/certs/me-key.pem
                  requests-style:
                    auth:
                      auth_url: https://keystone.private:5000/v3
                    verify: /etc/ssl/requests-ca.pem
                  both:
                    auth:
                      auth_url: https://keystone.private:5000/v3
                    verify: /etc/ssl/ignored.pem
                    cacert: /etc/ssl/wins.pem
                  number:
                    verify: 3
                """);

        CloudSettings settings = find("private", Map.of()).settings();
        assertThat(settings.get(Setting.CA_BUNDLE)).isEqualTo("/etc/ssl/private-ca.pem");
        String userHome = System.getProperty("user.home");
        assertThat(settings.get(Setting.CLIENT_CERT)).isEqualTo(Path.of(userHome, "certs/me.pem").toString());
        assertThat(settings.get(Setting.CLIENT_KEY)).isEqualTo(Path.of(userHome, "certs/me-key.pem").toString());
        assertThat(settings.verifySsl()).isTrue();

        CloudSettings requests = find("requests-style", Map.of()).settings();
        assertThat(requests.get(Setting.CA_BUNDLE)).isEqualTo("/etc/ssl/requests-ca.pem");
        assertThat(requests.verifySsl()).isTrue();
        assertThat(find("both", Map.of()).settings().get(Setting.CA_BUNDLE)).isEqualTo("/etc/ssl/wins.pem");
        assertThatThrownBy(() -> find("number", Map.of())).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("verify: expected true, false or the path of a CA bundle but got '3'");
    }
}
