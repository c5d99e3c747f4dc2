package io.zongshu.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure to problem details, so clients see one error shape and never a stack trace. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    AllowedMethods allowedMethods;

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
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Your role or org unit does not allow this" : e.getMessage();
        return problem(ProblemType.FORBIDDEN, detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, Request request) {
        // RESTEasy Reactive answers 404 for a wrong method on a path two resource classes share
        // (/reviews and /reviews/{year}/editions): the path exists, so it is a 405.
        Set<String> allowed = allowedMethods.on(uri.getPath());
        if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
            return methodNotAllowed(allowed, uri);
        }
        return problem(ProblemType.NOT_FOUND, "No resource at " + uri.getPath(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return methodNotAllowed(allowedMethods.on(uri.getPath()), uri);
    }

    private static Response methodNotAllowed(Set<String> allowed, UriInfo uri) {
        Response response = problem(ProblemType.METHOD_NOT_ALLOWED,
                "This method is not allowed here; allowed: " + String.join(", ", allowed), List.of(), uri);
        return Response.fromResponse(response).header("Allow", String.join(", ", allowed)).build();
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
        // The JSON reader wraps what Jackson found wrong in a bare 400: say where and what instead.
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return problem(ProblemType.INTERNAL, "The request could not be completed", List.of(), uri);
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "Client error" : statusType.getReasonPhrase();
        Problem body = new Problem("urn:zongshu:problem:http-" + status, title, status, title, uri.getPath(), List.of());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** Unreadable JSON, or a value of the wrong type: name where in the body it went wrong. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class})
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? fieldPath(m.getPath()) : "";
        // The parser's own words locate the fault (line, column, character); binding errors name Java
        // types, so they get a plain sentence instead.
        StreamReadException read = e instanceof StreamReadException r ? r
                : e.getCause() instanceof StreamReadException r ? r : null;
        String message = read != null
                ? "is not valid JSON: " + JsonFault.describe(read) + location(read)
                : e instanceof UnrecognizedPropertyException ? "is not a field of this request (a typo?)"
                : e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()
                        ? "must be one of " + choices(f.getTargetType())
                : String.valueOf(e.getOriginalMessage()).startsWith("Trailing token") ? "must be one JSON document; more follows it"
                : "has the wrong type or shape";
        Problem.Violation violation = new Problem.Violation(field.isEmpty() ? "body" : field, message);
        return problem(ProblemType.INVALID_BODY, violation.field() + " " + message, List.of(violation), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        // Two requests changed the same row at once: the database kept one, this one changed nothing.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof ConstraintViolationException || t instanceof PessimisticLockException
                    || t instanceof SQLException sql && isConcurrencyState(sql.getSQLState())) {
                return problem(ProblemType.CONFLICT,
                        "Another request changed this at the same time; nothing was written. Reload and retry",
                        List.of(), uri);
            }
        }
        // The database is unreachable (restarting, failed over): nothing was written; a retry will do.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                LOG.warnf("Database unavailable: %s", t.getMessage());
                Response response = problem(ProblemType.UNAVAILABLE,
                        "The database is unavailable; nothing was written. Retry in a few seconds", List.of(), uri);
                return Response.fromResponse(response).header("Retry-After", "5").build();
            }
        }
        LOG.error("Unexpected failure", e);
        return problem(ProblemType.INTERNAL, "The request could not be completed", List.of(), uri);
    }

    /** SQL states 08xxx (connection exception) and 57P0x (the server shutting down or starting). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** SQL states 23xxx (a unique key taken meanwhile) and 40xxx (serialization failure, deadlock). */
    private static boolean isConcurrencyState(String state) {
        return state != null && (state.startsWith("23") || state.startsWith("40"));
    }

    private static String location(StreamReadException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** The values an enum field takes, as JSON writes them: "sum, none". */
    private static String choices(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> c instanceof CodedEnum coded ? coded.code() : c.toString())
                .collect(Collectors.joining(", "));
    }

    /** dataValues[3].value from Jackson's reference chain. */
    private static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return field.toString();
    }

    private static Response problem(ProblemType type, String detail, List<Problem.Violation> violations, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(),
                violations);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
