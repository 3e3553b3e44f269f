package org.cloudsdk.objectstorage;

/**
 * One entry of an account listing, pyrax's {@code list_containers_info()} dict.
 *
 * @param name the container's name
 * @param count how many objects it holds
 * @param bytes how many bytes its objects hold in total
 */
public record ContainerInfo(String name, long count, long bytes) {
}
