package org.cloudsdk.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches unless {@code cloud.services.<service>.enabled} is false ({@code object_store} or
 * {@code object-store}: bound as {@link CloudProperties#getServices()} binds it). Each service's
 * client beans use it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnCloudServiceCondition.class)
public @interface ConditionalOnCloudService {

    /** @return the service's name, such as {@code object_store} */
    String value();
}
