package org.cloudsdk.identity.secret;

/**
 * The operating system's keychain, when this application can reach it: {@link KeyringSecretStore}
 * needs java-keyring, an optional dependency of cloud-sdk-core, and must not even be loaded
 * without it (its references to java-keyring's classes would fail the JVM's verification). This
 * class asks first.
 */
public final class Keychains {

    private Keychains() {
    }

    /** @return whether java-keyring is on the class path */
    public static boolean isLibraryPresent() {
        try {
            Class.forName("com.github.javakeyring.Keyring", false, Keychains.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * @return a store reading the operating system's keychain
     * @throws IllegalStateException naming the dependency to add when java-keyring is absent
     */
    public static SecretStore osKeychain() {
        if (!isLibraryPresent()) {
            throw new IllegalStateException("keyringAuth reads the OS keychain through java-keyring, an optional"
                    + " dependency of cloud-sdk-core: add com.github.javakeyring:java-keyring to the application,"
                    + " or pass a SecretStore to secretStore(...)");
        }
        return new KeyringSecretStore();
    }
}
