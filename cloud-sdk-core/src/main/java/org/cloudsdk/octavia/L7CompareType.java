package org.cloudsdk.octavia;

/** How an L7 rule compares the request's value with its own. */
public enum L7CompareType {
    /** The value contains the rule's value. */
    CONTAINS,
    /** The value ends with it. */
    ENDS_WITH,
    /** The value equals it. */
    EQUAL_TO,
    /** The value matches it as a regular expression. */
    REGEX,
    /** The value starts with it. */
    STARTS_WITH,
    /** A value this SDK does not know. */
    UNKNOWN
}
