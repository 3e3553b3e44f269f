package org.cloudsdk.identity;

import org.jspecify.annotations.Nullable;

/**
 * What a user proves their identity with. Immutable; every {@code toString()} masks the secret
 * part, so credentials can appear in log messages and exception texts without leaking.
 */
public sealed interface Credentials {

    /** The placeholder printed instead of a secret. */
    String MASK = "****";

    /**
     * @return the user name, or null when the credentials carry none (a token, or an application
     *     credential identified by its id)
     */
    @Nullable String username();

    /**
     * @param username the user name, not blank
     * @param password the password, not blank
     * @return password credentials
     */
    static Password password(String username, String password) {
        return new Password(username, password);
    }

    /**
     * @param username the user name, not blank
     * @param apiKey the Rackspace API key, not blank
     * @return API-key credentials (Rackspace {@code RAX-KSKEY:apiKeyCredentials})
     */
    static ApiKey apiKey(String username, String apiKey) {
        return new ApiKey(username, apiKey);
    }

    /**
     * @param token an existing, still valid token, not blank
     * @return token credentials; the SDK cannot re-authenticate once this token expires
     */
    static Token token(String token) {
        return new Token(token);
    }

    /**
     * @param id the application credential id, not blank
     * @param secret the application credential secret, not blank
     * @return application credentials identified by id
     */
    static ApplicationCredential applicationCredential(String id, String secret) {
        return new ApplicationCredential(id, null, null, secret);
    }

    /**
     * @param name the application credential name, not blank
     * @param username the name of the user owning it, not blank
     * @param secret the application credential secret, not blank
     * @return application credentials identified by name and owner
     */
    static ApplicationCredential applicationCredentialByName(String name, String username, String secret) {
        return new ApplicationCredential(null, name, username, secret);
    }

    /**
     * A user name and password (keystone {@code password} method, Rackspace password auth).
     *
     * @param username the user name, not blank
     * @param password the password, not blank
     */
    record Password(String username, String password) implements Credentials {
        /** Validates both parts. */
        public Password {
            requireText(username, "username");
            requireText(password, "password");
        }

        @Override
        public String toString() {
            return "Password[username=" + username + ", password=" + MASK + "]";
        }
    }

    /**
     * A user name and a Rackspace API key.
     *
     * @param username the user name, not blank
     * @param apiKey the API key, not blank
     */
    record ApiKey(String username, String apiKey) implements Credentials {
        /** Validates both parts. */
        public ApiKey {
            requireText(username, "username");
            requireText(apiKey, "apiKey");
        }

        @Override
        public String toString() {
            return "ApiKey[username=" + username + ", apiKey=" + MASK + "]";
        }
    }

    /**
     * A token obtained elsewhere (pyrax {@code auth_with_token}).
     *
     * @param token the token, not blank
     */
    record Token(String token) implements Credentials {
        /** Validates the token. */
        public Token {
            requireText(token, "token");
        }

        /** @return always null: a bare token names no user */
        @Override
        public @Nullable String username() {
            return null;
        }

        @Override
        public String toString() {
            return "Token[token=" + MASK + "]";
        }
    }

    /**
     * A keystone v3 application credential, identified either by {@code id} or by {@code name}
     * plus the owning {@code username}.
     *
     * @param id the credential id, or null when name and username are given
     * @param name the credential name, or null when id is given
     * @param username the owner's user name, required with name, optional with id
     * @param secret the credential secret, not blank
     */
    record ApplicationCredential(@Nullable String id, @Nullable String name, @Nullable String username, String secret)
            implements Credentials {
        /** Validates that the credential can be identified and carries a secret. */
        public ApplicationCredential {
            if (id != null) {
                requireText(id, "id");
            } else if (isBlank(name) || isBlank(username)) {
                throw new IllegalArgumentException(
                        "id: expected an application credential id, or both name and username, but got "
                                + "id=null, name=" + name + ", username=" + username);
            }
            requireText(secret, "secret");
        }

        @Override
        public String toString() {
            return "ApplicationCredential[id=" + id + ", name=" + name + ", username=" + username
                    + ", secret=" + MASK + "]";
        }
    }

    private static void requireText(@Nullable String value, String parameter) {
        if (isBlank(value)) {
            throw new IllegalArgumentException(parameter + ": expected a non-blank value but got "
                    + (value == null ? "null" : "a blank string"));
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
