/**
 * Authentication: the identity SPI ({@link org.cloudsdk.identity.IdentityProvider}) with keystone
 * v3, keystone v2.0 and Rackspace's API-key identity built in; credentials, tokens, the service
 * catalog and its endpoints; and the session that keeps a token valid for every thread.
 */
@NullMarked
package org.cloudsdk.identity;

import org.jspecify.annotations.NullMarked;
