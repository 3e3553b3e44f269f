package org.cloudsdk.octavia;

/**
 * A provider driver of the deployment ({@code amphora}, {@code ovn}...), or one of a driver's
 * flavor or availability zone capabilities: a name and what it means.
 *
 * @param name its name
 * @param description what it is
 */
public record Provider(String name, String description) {
}
