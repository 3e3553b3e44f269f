package org.cloudsdk.identity;

/** A public class with a public constructor that does not implement {@link IdentityProvider}. */
public class NotAnIdentityProvider {

    /** @return a name, as a provider would */
    public String name() {
        return "impostor";
    }
}
