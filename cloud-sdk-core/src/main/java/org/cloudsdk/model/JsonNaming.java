package org.cloudsdk.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the components of a record are named in JSON when a component has no {@link JsonName}.
 * Without this annotation a component's JSON name is its own name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JsonNaming {

    /** @return the naming scheme of the record's components */
    Scheme value();

    /** The naming schemes of OpenStack's and Rackspace's APIs. */
    enum Scheme {
        /** {@code keyName} is {@code keyName} (Nova's {@code hostId}, Rackspace's {@code emailAddress}). */
        AS_IS,
        /** {@code keyName} is {@code key_name} (most OpenStack APIs). */
        SNAKE_CASE;

        String apply(String component) {
            if (this == AS_IS) {
                return component;
            }
            StringBuilder out = new StringBuilder(component.length() + 4);
            for (int i = 0; i < component.length(); i++) {
                char c = component.charAt(i);
                if (Character.isUpperCase(c)) {
                    if (i > 0) {
                        out.append('_');
                    }
                    out.append(Character.toLowerCase(c));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
