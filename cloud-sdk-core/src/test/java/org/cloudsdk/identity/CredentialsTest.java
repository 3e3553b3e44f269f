package org.cloudsdk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void factoriesBuildTheMatchingRecords() {
        assertThat(Credentials.password("demo", "s3cret")).isEqualTo(new Credentials.Password("demo", "s3cret"));
        assertThat(Credentials.apiKey("joe", "0123abc")).isEqualTo(new Credentials.ApiKey("joe", "0123abc"));
        assertThat(Credentials.token("tok")).isEqualTo(new Credentials.Token("tok"));
        assertThat(Credentials.applicationCredential("id-1", "sec"))
                .isEqualTo(new Credentials.ApplicationCredential("id-1", null, null, "sec"));
        assertThat(Credentials.applicationCredentialByName("ci", "bob", "sec").username()).isEqualTo("bob");
    }

    @Test
    void usernameIsNullWhereNoUserIsNamed() {
        assertThat(Credentials.password("demo", "pw").username()).isEqualTo("demo");
        assertThat(Credentials.apiKey("joe", "key").username()).isEqualTo("joe");
        assertThat(Credentials.token("tok").username()).isNull();
        assertThat(Credentials.applicationCredential("id-1", "sec").username()).isNull();
    }

    @Test
    void toStringNeverShowsTheSecret() {
        assertThat(Credentials.password("demo", "hunter2")).hasToString("Password[username=demo, password=****]");
        assertThat(Credentials.apiKey("joe", "abcdef0123")).hasToString("ApiKey[username=joe, apiKey=****]");
        assertThat(Credentials.token("gAAAAtoken")).hasToString("Token[token=****]");
        assertThat(Credentials.applicationCredential("id-1", "topsecret").toString())
                .contains("id=id-1").contains("secret=****").doesNotContain("topsecret");
    }

    @Test
    void blankPartsAreRejectedNamingTheParameter() {
        assertThatIllegalArgumentException().isThrownBy(() -> Credentials.password(" ", "pw"))
                .withMessageStartingWith("username:");
        assertThatIllegalArgumentException().isThrownBy(() -> Credentials.password("demo", null))
                .withMessageStartingWith("password:");
        assertThatIllegalArgumentException().isThrownBy(() -> Credentials.apiKey("joe", ""))
                .withMessageStartingWith("apiKey:");
        assertThatIllegalArgumentException().isThrownBy(() -> Credentials.token(null))
                .withMessageStartingWith("token:");
        assertThatIllegalArgumentException().isThrownBy(() -> Credentials.applicationCredential("id", " "))
                .withMessageStartingWith("secret:");
    }

    @Test
    void applicationCredentialNeedsIdOrNameAndUsername() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Credentials.ApplicationCredential(null, "ci", null, "sec"))
                .withMessageContaining("name and username");
        assertThat(new Credentials.ApplicationCredential(null, "ci", "bob", "sec").name()).isEqualTo("ci");
    }
}
