package io.zongshu.common;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure to problem details, so clients see one error shape and never a stack trace. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return problem(e.type(), e.getMessage(), e.violations(), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Response response = problem(ProblemType.UNAUTHORIZED, "A valid bearer token is needed", List.of(), uri);
        return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ProblemType.FORBIDDEN, "Your role or org unit does not allow this", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(ProblemType.NOT_FOUND, "No resource at " + uri.getPath(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        // RESTEasy Reactive does not say which methods the path allows, so no Allow header is sent.
        return problem(ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed here", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return problem(ProblemType.NOT_ACCEPTABLE, "No representation matches the Accept header", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri) {
        return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "This content type is not accepted here", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return problem(ProblemType.INTERNAL, "The request could not be completed", List.of(), uri);
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "Client error" : statusType.getReasonPhrase();
        Problem body = new Problem("urn:zongshu:problem:http-" + status, title, status, title, uri.getPath(), List.of());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return problem(ProblemType.INTERNAL, "The request could not be completed", List.of(), uri);
    }

    private static Response problem(ProblemType type, String detail, List<Problem.Violation> violations, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), type.status().getStatusCode(), detail, uri.getPath(),
                violations);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
