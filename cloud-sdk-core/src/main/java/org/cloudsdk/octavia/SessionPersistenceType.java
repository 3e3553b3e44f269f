package org.cloudsdk.octavia;

/** How a pool keeps a client on one member. */
public enum SessionPersistenceType {
    /** By the client's address. */
    SOURCE_IP,
    /** By a cookie the load balancer inserts. */
    HTTP_COOKIE,
    /** By a cookie of the application, named by {@code cookie_name}. */
    APP_COOKIE,
    /** A value this SDK does not know. */
    UNKNOWN
}
