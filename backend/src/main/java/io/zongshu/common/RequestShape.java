package io.zongshu.common;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Checks of a request's shape that hold for every resource, before the resource sees it. */
public class RequestShape {

    /**
     * A request without a body has no media type, so the framework would refuse (415) an action whose
     * JSON body is optional (approve, publish, …) before it reads anything. Such a request's absent body
     * is absent JSON: the resource then sees no body and answers for itself (404, 412, 409, …).
     */
    @ServerRequestFilter(preMatching = true)
    public void noBodyIsNoJson(ContainerRequestContext request) {
        if (!hasBody(request) && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    /**
     * A body must say what it is. Without a Content-Type the JSON reader would guess, so a script that
     * forgot the header would have its bytes read as JSON anyway; it gets a 415 instead.
     */
    @ServerRequestFilter
    public void bodyNeedsContentType(ContainerRequestContext request) {
        boolean hasBody = hasBody(request);
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (hasBody && (type == null || type.isBlank())) {
            throw new NotSupportedException("A body needs a Content-Type (application/json)");
        }
        // JSON is UTF-8 (RFC 8259): a body declared in another charset would be misread.
        String charset = request.getMediaType() == null ? null : request.getMediaType().getParameters().get("charset");
        if (hasBody && charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new NotSupportedException("JSON bodies are UTF-8, not " + charset);
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length != null ? !length.strip().equals("0") : request.getHeaderString("Transfer-Encoding") != null;
    }

    /**
     * Query parameters are checked like body fields: one the resource does not take is a 400 naming it
     * ({@code ?perod=2021} must not export every year), and one it takes once may not come twice
     * ({@code ?submit=true&submit=false} would otherwise mean whichever the framework picks).
     * Repeatable filters are declared as lists.
     */
    @ServerRequestFilter
    public void queryParametersAsDeclared(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null) {
            return;
        }
        Map<String, Boolean> repeatable = new HashMap<>();
        for (Parameter p : resource.getResourceMethod().getParameters()) {
            jakarta.ws.rs.QueryParam q = p.getAnnotation(jakarta.ws.rs.QueryParam.class);
            if (q != null) {
                repeatable.put(q.value(), List.class.isAssignableFrom(p.getType()));
            }
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> given : new TreeMap<>(query).entrySet()) {
            Boolean list = repeatable.get(given.getKey());
            if (list == null) {
                throw ApiException.invalidParameter(given.getKey(), repeatable.isEmpty()
                        ? "is not a parameter of this resource, which takes none"
                        : "is not a parameter of this resource (a typo?); it takes "
                                + String.join(", ", new TreeSet<>(repeatable.keySet())));
            }
            if (!list && given.getValue().size() > 1) {
                throw ApiException.invalidParameter(given.getKey(), "may be given only once");
            }
        }
    }
}
