package io.zongshu.access;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, from its validated bearer token. */
@RequestScoped
public class CurrentCaller {
    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;

    public Caller get() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return Caller.of(identity, token);
    }
}
