package vn.lienthong.web.problem;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * Problem documents written straight to the servlet response, for the refusals made before a
 * request reaches JAX-RS (sign-in, transport, request rates): the same shape as every other error
 * of the API, never the server's HTML page.
 */
public final class ServletProblems {

    private ServletProblems() {
    }

    public static void send(HttpServletResponse response, Problem problem) {
        response.setStatus(problem.status());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(Problems.json(problem));
        } catch (IOException e) {
            // the client went away; there is no one left to tell
        }
    }

    /** A "come back later" refusal: {@code Retry-After} in whole seconds, at least one. */
    public static void sendLater(HttpServletResponse response, Problem problem, Duration wait) {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds(wait)));
        send(response, problem);
    }

    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
