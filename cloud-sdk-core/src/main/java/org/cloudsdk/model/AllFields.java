package org.cloudsdk.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record component (of type {@code tools.jackson.databind.node.ObjectNode}) that
 * receives the whole JSON object the record was read from: every field of a response stays
 * reachable, including those a record does not name and those a newer server adds. When a record
 * is written, the fields of this component are written first and the named components after them,
 * so a request can carry fields the SDK does not know yet.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface AllFields {
}
