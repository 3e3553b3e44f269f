/**
 * The one transport every API call goes through ({@link org.cloudsdk.http.Transport}): token
 * injection, one shared re-authentication on 401, retries with backoff, typed errors, observations
 * and a redacting debug log; with the request and response types, connection settings (timeouts,
 * TLS, proxy), microversions and raw REST access to any service
 * ({@link org.cloudsdk.http.ServiceClient}).
 */
@NullMarked
package org.cloudsdk.http;

import org.jspecify.annotations.NullMarked;
