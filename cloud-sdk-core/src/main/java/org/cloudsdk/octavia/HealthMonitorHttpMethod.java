package org.cloudsdk.octavia;

/** The method of an HTTP or HTTPS health monitor's request ({@code http_method}; Octavia's default GET). */
public enum HealthMonitorHttpMethod {
    /** CONNECT. */
    CONNECT,
    /** DELETE. */
    DELETE,
    /** GET, the default. */
    GET,
    /** HEAD. */
    HEAD,
    /** OPTIONS. */
    OPTIONS,
    /** PATCH. */
    PATCH,
    /** POST. */
    POST,
    /** PUT. */
    PUT,
    /** TRACE. */
    TRACE,
    /** A value this SDK does not know. */
    UNKNOWN
}
