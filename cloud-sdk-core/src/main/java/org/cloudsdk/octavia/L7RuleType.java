package org.cloudsdk.octavia;

/** What part of a request an L7 rule compares. */
public enum L7RuleType {
    /** The Host header. */
    HOST_NAME,
    /** The path. */
    PATH,
    /** The extension of the last path segment. */
    FILE_TYPE,
    /** A header, named by the rule's key. */
    HEADER,
    /** A cookie, named by the rule's key. */
    COOKIE,
    /** Whether the client presented a certificate (value {@code True}, compare type EQUAL_TO). */
    SSL_CONN_HAS_CERT,
    /** The verification result of the client's certificate (an integer, EQUAL_TO). */
    SSL_VERIFY_RESULT,
    /** A field of the client certificate's distinguished name, named by the key. */
    SSL_DN_FIELD,
    /** A value this SDK does not know. */
    UNKNOWN;

    boolean needsKey() {
        return this == HEADER || this == COOKIE || this == SSL_DN_FIELD;
    }
}
