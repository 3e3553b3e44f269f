/**
 * Small helpers shared by the services: MD5 checksums ({@link org.cloudsdk.util.Checksums}) and
 * random names for tests and examples ({@link org.cloudsdk.util.Names}).
 */
@NullMarked
package org.cloudsdk.util;

import org.jspecify.annotations.NullMarked;
