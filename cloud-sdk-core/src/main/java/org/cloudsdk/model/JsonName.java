package org.cloudsdk.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JSON name of a record component, where neither the component's own name nor its record's
 * {@link JsonNaming} gives it: {@code @JsonName("OS-EXT-STS:vm_state") String vmState}. On an enum
 * constant, the value that constant is read from and written as.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface JsonName {

    /** @return the name (or, on an enum constant, the value) in JSON */
    String value();
}
