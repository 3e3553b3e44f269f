/**
 * The exception hierarchy: every failure the SDK reports is a {@link org.cloudsdk.errors.CloudException}
 * carrying HTTP status, service, operation, the server's request id and message. Argument checks
 * made before any request throw {@link java.lang.IllegalArgumentException} naming the parameter.
 */
@NullMarked
package org.cloudsdk.errors;

import org.jspecify.annotations.NullMarked;
