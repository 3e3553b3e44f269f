package org.cloudsdk.compute;

/** How a server is rebooted. */
public enum RebootType {
    /** The operating system is asked to restart (pyrax's default). */
    SOFT,
    /** The server is power-cycled. */
    HARD
}
