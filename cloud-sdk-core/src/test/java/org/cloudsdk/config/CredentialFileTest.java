package org.cloudsdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cloudsdk.errors.InvalidConfigurationException;
import org.cloudsdk.identity.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialFileTest {

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("creds.cfg"), content);
    }

    @Test
    void keystoneSectionWithPassword() throws IOException {
        CredentialFile file = CredentialFile.read(write("""
                [keystone]
                username = demo
                password = pw ; with # odd chars
                tenant_id = abc123456
                tenant_name = demo-project
                """));
        assertThat(file.identityType()).isEqualTo("keystone");
        assertThat(file.credentials()).isEqualTo(Credentials.password("demo", "pw ; with # odd chars"));
        assertThat(file.tenantId()).contains("abc123456");
        assertThat(file.tenantName()).contains("demo-project");
        assertThat(file.settings().identityType()).isEqualTo("keystone");
        assertThat(file.settings().tenantId()).isEqualTo("abc123456");
        assertThat(file.settings().tenantName()).isEqualTo("demo-project");
        assertThat(file.toString()).doesNotContain("odd chars");
    }

    @Test
    void keystoneSectionWithApiKeyUsesTheApiKey() throws IOException {
        CredentialFile file = CredentialFile.read(write("[keystone]\nusername = demo\npassword = pw\napi_key = k123\n"));
        assertThat(file.credentials()).isEqualTo(Credentials.apiKey("demo", "k123"));
    }

    @Test
    void rackspaceSectionWithApiKey() throws IOException {
        CredentialFile file = CredentialFile.read(write("[rackspace_cloud]\nusername = joeracker\napi_key = 0123abc\n"));
        assertThat(file.identityType()).isEqualTo("rackspace");
        assertThat(file.credentials()).isEqualTo(Credentials.apiKey("joeracker", "0123abc"));
        assertThat(file.tenantId()).isEmpty();
        assertThat(file.settings().region()).isEqualTo("DFW");
    }

    @Test
    void rackspaceSectionWithPassword() throws IOException {
        CredentialFile file = CredentialFile.read(write("[rackspace_cloud]\nusername: joeracker\npassword: pw\n"));
        assertThat(file.credentials()).isEqualTo(Credentials.password("joeracker", "pw"));
    }

    @Test
    void withBothSectionsTheIdentityTypeChooses() throws IOException {
        Path path = write("[keystone]\nusername = a\npassword = p\n[rackspace_cloud]\nusername = b\napi_key = k\n");
        assertThat(CredentialFile.read(path, "rackspace").credentials().username()).isEqualTo("b");
        assertThat(CredentialFile.read(path, "keystone").credentials().username()).isEqualTo("a");
        assertThatThrownBy(() -> CredentialFile.read(path))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("both");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.cfg");
        assertThatThrownBy(() -> CredentialFile.read(missing))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void anUnreadableFileIsNamed() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("folder"));
        assertThatThrownBy(() -> CredentialFile.read(directory))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining(directory.toString())
                .hasMessageContaining("cannot be read");
    }

    @Test
    void noKnownSection() throws IOException {
        Path path = write("[credentials]\nusername = demo\npassword = pw\n");
        assertThatThrownBy(() -> CredentialFile.read(path))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining(path.toString())
                .hasMessageContaining("neither a [keystone] nor a [rackspace_cloud]");
        assertThatThrownBy(() -> CredentialFile.read(path, "keystone"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("no [keystone] section");
    }

    @Test
    void noUsername() throws IOException {
        Path path = write("[keystone]\npassword = Secret-Value-1\n");
        assertThatThrownBy(() -> CredentialFile.read(path))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("has no username")
                .message().doesNotContain("Secret-Value-1");
    }

    @Test
    void noSecret() throws IOException {
        Path path = write("[rackspace_cloud]\nusername = joe\napi_key =\n");
        assertThatThrownBy(() -> CredentialFile.read(path))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("neither a password nor an api_key");
    }

    @Test
    void aMalformedLineIsReportedWithoutItsText() throws IOException {
        Path path = write("[keystone]\nusername = demo\nMyPlainSecret\n");
        assertThatThrownBy(() -> CredentialFile.read(path))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("line 3")
                .message().doesNotContain("MyPlainSecret");
    }
}
