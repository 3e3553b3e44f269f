package org.cloudsdk.octavia;

/** An object named by its id only, as Octavia lists a balancer's listeners: {@code {"id": "..."}}. */
record IdRef(String id) {
}
