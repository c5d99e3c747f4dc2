package io.zongshu.common;

import jakarta.ws.rs.core.Response.Status;

/** The machine-readable kinds of problem the API reports, each with its HTTP status. */
public enum ProblemType {
    INVALID_PARAMETER(Status.BAD_REQUEST, "Invalid request parameter"),
    NOT_FOUND(Status.NOT_FOUND, "Not found"),
    UNAUTHORIZED(Status.UNAUTHORIZED, "Unauthorized"),
    FORBIDDEN(Status.FORBIDDEN, "Forbidden"),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE, "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    INTERNAL(Status.INTERNAL_SERVER_ERROR, "Internal error");

    private final Status status;
    private final String title;

    ProblemType(Status status, String title) {
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return "urn:zongshu:problem:" + name().toLowerCase().replace('_', '-');
    }

    public Status status() {
        return status;
    }

    public String title() {
        return title;
    }
}
