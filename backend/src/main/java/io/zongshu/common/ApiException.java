package io.zongshu.common;

import java.util.List;

/** A failure the client can act on; {@link ProblemMapper} turns it into problem details. */
public class ApiException extends RuntimeException {
    private final ProblemType type;
    private final List<Problem.Violation> violations;

    public ApiException(ProblemType type, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ProblemType.NOT_FOUND, detail, List.of());
    }

    public static ApiException invalidParameter(String parameter, String message) {
        return new ApiException(ProblemType.INVALID_PARAMETER, parameter + ": " + message,
                List.of(new Problem.Violation(parameter, message)));
    }

    public static ApiException invalidBody(List<Problem.Violation> violations) {
        String detail = violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " problems in the request body";
        return new ApiException(ProblemType.INVALID_BODY, detail, violations);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail, List.of());
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
