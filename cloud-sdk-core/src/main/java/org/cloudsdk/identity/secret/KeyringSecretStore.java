package org.cloudsdk.identity.secret;

import java.util.Locale;
import java.util.Optional;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.errors.SecretStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating system's keychain: macOS Keychain, Windows Credential Manager, or the freedesktop
 * Secret Service / KWallet on Linux, through java-keyring. Fills the role of Python's
 * {@code keyring} module in pyrax's {@code keyring_auth}.
 *
 * <p>Thread-safe: each lookup opens and closes its own keychain connection, which suits the
 * one-off reads done at authentication.
 */
public final class KeyringSecretStore implements SecretStore {

    private static final Logger LOG = LoggerFactory.getLogger(KeyringSecretStore.class);

    // java-keyring reports "no such entry" as the same exception as real failures; these are the
    // texts its backends (Secret Service, KWallet, macOS, Windows) use for a missing entry
    private static final String[] MISSING_ENTRY_TEXTS = {
        "no stored credentials match", "not in wallet", "password not found", "could not be found",
        "item not found"
    };

    /** Creates a store; the keychain is contacted only on lookup. */
    public KeyringSecretStore() {
    }


    /**
     * @throws SecretStoreException when this machine has no usable keychain, or it refuses access
     */
    @Override
    public Optional<String> getPassword(String service, String username) {
        requireText(service, "service");
        requireText(username, "username");
        Keyring keyring = open();
        try {
            String secret = keyring.getPassword(service, username);
            LOG.debug("Found a secret for user '{}' under service '{}' in the {} keychain", username, service,
                    keyring.getKeyringStorageType());
            return Optional.ofNullable(secret);
        } catch (PasswordAccessException e) {
            if (isMissingEntry(e)) {
                LOG.debug("No secret for user '{}' under service '{}' in the keychain", username, service);
                return Optional.empty();
            }
            throw new SecretStoreException("The operating-system keychain refused the secret of user '" + username
                    + "' for service '" + service + "' (" + e.getMessage() + ")", ErrorDetails.NONE, e);
        } catch (RuntimeException e) {
            throw new SecretStoreException("The operating-system keychain failed to look up user '" + username
                    + "' for service '" + service + "' (" + e + ")", ErrorDetails.NONE, e);
        } finally {
            close(keyring);
        }
    }

    private static Keyring open() {
        try {
            return Keyring.create();
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            // LinkageError: the native bridges (JNA, D-Bus) can fail to load on minimal systems
            throw new SecretStoreException("No operating-system keychain is available (" + describe(e)
                    + "); set the password or API key directly or in a credential file", ErrorDetails.NONE, e);
        }
    }

    private static boolean isMissingEntry(PasswordAccessException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        for (String text : MISSING_ENTRY_TEXTS) {
            if (message.contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.toString();
    }

    private static void close(Keyring keyring) {
        try {
            keyring.close();
        } catch (Exception e) {
            LOG.debug("Closing the keychain connection failed", e);
        }
    }

    private static void requireText(String value, String parameter) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(parameter + ": expected a non-blank value but got "
                    + (value == null ? "null" : "a blank string"));
        }
    }

    @Override
    public String toString() {
        return "KeyringSecretStore";
    }
}
