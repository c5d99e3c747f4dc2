package io.zongshu.common;

/**
 * The machine-readable kinds of problem the API reports, each with its HTTP status (a number: the domain,
 * which raises them, knows nothing of the HTTP layer).
 */
public enum ProblemType {
    INVALID_PARAMETER(400, "Invalid request parameter"),
    INVALID_BODY(400, "Invalid request body"),
    NOT_FOUND(404, "Not found"),
    UNAUTHORIZED(401, "Unauthorized"),
    FORBIDDEN(403, "Forbidden"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict with the current state"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    /** A review's source has markup that cannot be read, or figures that name what does not exist. */
    INVALID_MARKUP(422, "Invalid review markup"),
    /** The draft cannot be published yet: figures without approved values, or markup problems. */
    NOT_PUBLISHABLE(422, "Not publishable yet"),
    /** The request is well formed but names something that does not exist (a period, for instance). */
    UNPROCESSABLE(422, "Unprocessable request"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    INTERNAL(500, "Internal error"),
    UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

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
