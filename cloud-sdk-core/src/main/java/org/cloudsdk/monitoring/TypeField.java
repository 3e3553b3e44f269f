package org.cloudsdk.monitoring;

import org.jspecify.annotations.Nullable;

/**
 * One field a check type or notification type takes in its {@code details}, as the service
 * describes it: {@code {"name": "url", "description": "Target URL", "optional": false}}.
 *
 * @param name the key in {@code details}
 * @param description what it is, as the service words it
 * @param optional whether it may be left out
 */
public record TypeField(String name, @Nullable String description, boolean optional) {
}
