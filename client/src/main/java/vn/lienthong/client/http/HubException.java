package vn.lienthong.client.http;

import jakarta.json.JsonObject;

import java.util.Set;

/**
 * The hub refused a request or could not be reached: its problem document (RFC 9457, docs/api.md
 * "Errors") when it answered, with the stable {@code code} to switch on; status 0 when the network
 * failed (after the retries {@link RetryPolicy} allowed).
 */
public class HubException extends Exception {

    private static final Set<String> AUTHENTICATION = Set.of("UNAUTHENTICATED", "INVALID_CREDENTIALS", "TLS_REQUIRED",
            "CURRENT_SECRET_REQUIRED", "SIGN_IN_THROTTLED");

    private final int status;
    private final JsonObject problem;

    public HubException(int status, JsonObject problem, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.problem = problem;
    }

    /** HTTP status, or 0 when no answer came (connection refused, reset, timed out). */
    public int status() {
        return status;
    }

    /** The problem document, or null when the answer had none (or no answer came). */
    public JsonObject problem() {
        return problem;
    }

    /** The problem's {@code code} ({@code UNKNOWN_RECIPIENT}, …), {@code NETWORK} with no answer, {@code HTTP_<status>} without a problem document. */
    public String code() {
        if (problem != null && problem.containsKey("code")) {
            return problem.getString("code");
        }
        return status == 0 ? "NETWORK" : "HTTP_" + status;
    }

    /** The hub was down, overloaded or unreachable: nothing was stored, the same request may be sent later. */
    public boolean unavailable() {
        return status == 0 || status == 503 || status == 502 || status == 504;
    }

    /** Sign-in refused: wrong secret, no certificate, TLS required, throttled. */
    public boolean authentication() {
        return status == 401 || AUTHENTICATION.contains(code());
    }

    /** The Vietnamese detail, when the hub gave one. */
    public String detailVi() {
        return problem == null ? null : problem.getString("detail_vi", null);
    }

    public String element() {
        return problem == null ? null : problem.getString("element", null);
    }
}
