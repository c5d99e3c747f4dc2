package io.zongshu.access;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;

    @GET
    @Authenticated
    public Caller me() {
        return Caller.of(identity, token);
    }
}
