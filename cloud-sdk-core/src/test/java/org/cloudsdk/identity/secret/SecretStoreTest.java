package org.cloudsdk.identity.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SecretStoreTest {

    private final SecretStore store = new MapSecretStore().put(SecretStore.PYRAX_SERVICE, "demo", "pw-demo");

    @Test
    void pyraxUsersStoredTheirSecretsUnderServicePyrax() {
        assertThat(SecretStore.PYRAX_SERVICE).isEqualTo("pyrax");
    }

    @Test
    void aStoredSecretIsFoundByServiceAndUser() {
        assertThat(store.getPassword("pyrax", "demo")).contains("pw-demo");
    }

    @Test
    void aMissingEntryIsEmptyNotAnError() {
        assertThat(store.getPassword("pyrax", "nobody")).isEmpty();
        assertThat(store.getPassword("other", "demo")).isEmpty();
    }

    @Test
    void blankServiceOrUserIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> store.getPassword(" ", "demo"))
                .withMessageStartingWith("service:");
        assertThatIllegalArgumentException().isThrownBy(() -> store.getPassword("pyrax", null))
                .withMessageStartingWith("username:");
    }
}
