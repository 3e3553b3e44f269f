package org.cloudsdk.identity.secret;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cloudsdk.errors.SecretStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class KeyringSecretStoreTest {

    private final KeyringSecretStore store = new KeyringSecretStore();

    /** The build machines run headless Linux without a D-Bus session, hence without a Secret Service. */
    @Test
    @EnabledOnOs(OS.LINUX)
    @DisabledIfEnvironmentVariable(named = "DBUS_SESSION_BUS_ADDRESS", matches = ".+")
    void withoutAKeychainTheLookupFailsWithAClearMessage() {
        assertThatThrownBy(() -> store.getPassword(SecretStore.PYRAX_SERVICE, "demo"))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageStartingWith("No operating-system keychain is available (")
                .hasMessageContaining("set the password or API key directly or in a credential file");
    }

    @Test
    void blankArgumentsAreRejectedBeforeTheKeychainIsContacted() {
        assertThatIllegalArgumentException().isThrownBy(() -> store.getPassword("", "demo"))
                .withMessageStartingWith("service:");
        assertThatIllegalArgumentException().isThrownBy(() -> store.getPassword("pyrax", " "))
                .withMessageStartingWith("username:");
    }
}
