/**
 * The {@code cloud} health contributor: an {@code identity} entry and one
 * {@code <service>-<region>} entry per enabled service endpoint, each probe's answer cached for a
 * short time.
 */
@NullMarked
package org.cloudsdk.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
