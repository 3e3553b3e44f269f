/**
 * Passwords and API keys kept outside the program ({@link org.cloudsdk.identity.secret.SecretStore}),
 * such as the operating system's keychain of pyrax's {@code keyring_auth}.
 */
@NullMarked
package org.cloudsdk.identity.secret;

import org.jspecify.annotations.NullMarked;
