package io.zongshu.common;

import jakarta.ws.rs.core.Response.Status;

/** The machine-readable kinds of problem the API reports, each with its HTTP status. */
public enum ProblemType {
    INVALID_PARAMETER(Status.BAD_REQUEST, "Invalid request parameter"),
    INVALID_BODY(Status.BAD_REQUEST, "Invalid request body"),
    NOT_FOUND(Status.NOT_FOUND, "Not found"),
    UNAUTHORIZED(Status.UNAUTHORIZED, "Unauthorized"),
    FORBIDDEN(Status.FORBIDDEN, "Forbidden"),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE, "Not acceptable"),
    CONFLICT(Status.CONFLICT, "Conflict with the current state"),
    PRECONDITION_FAILED(Status.PRECONDITION_FAILED, "Precondition failed"),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    INTERNAL(Status.INTERNAL_SERVER_ERROR, "Internal error"),
    UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "Service unavailable");

    private final int status;
    private final String title;

    ProblemType(Status status, String title) {
        this(status.getStatusCode(), title);
    }

    /** For statuses that jakarta.ws.rs.core.Response.Status does not name (422, 428). */
    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return "urn:zongshu:problem:" + name().toLowerCase().replace('_', '-');
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
