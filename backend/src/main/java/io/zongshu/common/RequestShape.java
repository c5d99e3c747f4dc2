package io.zongshu.common;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Parameter;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Checks of a request's shape that hold for every resource, before the resource sees it. */
public class RequestShape {

    /**
     * A body must say what it is. Without a Content-Type the JSON reader would guess, so a script that
     * forgot the header would have its bytes read as JSON anyway; it gets a 415 instead.
     */
    @ServerRequestFilter
    public void bodyNeedsContentType(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean hasBody = length != null ? !length.strip().equals("0")
                : request.getHeaderString("Transfer-Encoding") != null;
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

    /**
     * A query parameter the resource takes once may not come twice: {@code ?submit=true&submit=false}
     * would otherwise mean whichever the framework picks. Repeatable filters are declared as lists.
     */
    @ServerRequestFilter
    public void singleParametersOnce(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null) {
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Parameter p : resource.getResourceMethod().getParameters()) {
            jakarta.ws.rs.QueryParam q = p.getAnnotation(jakarta.ws.rs.QueryParam.class);
            if (q != null && !List.class.isAssignableFrom(p.getType())) {
                List<String> given = query.get(q.value());
                if (given != null && given.size() > 1) {
                    throw ApiException.invalidParameter(q.value(), "may be given only once");
                }
            }
        }
    }
}
