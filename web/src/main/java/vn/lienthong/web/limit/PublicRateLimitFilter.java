package vn.lienthong.web.limit;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.lienthong.web.problem.Problems;
import vn.lienthong.web.problem.ServletProblems;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts every request to the public look-up and feedback endpoints against its client's
 * allowance, before the request is read: a client over it gets 429 with Retry-After.
 */
@WebFilter(urlPatterns = {"/api/v1/lookup/*", "/api/v1/public/*"})
public class PublicRateLimitFilter extends HttpFilter {

    @Inject
    PublicRateLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ClientAddress client = ClientAddress.of(request.getRemoteAddr());
        boolean submission = "POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/api/v1/public/feedback");
        Optional<Duration> wait = submission ? limits.submission(client) : limits.lookup(client);
        if (wait.isPresent()) {
            long seconds = ServletProblems.retryAfterSeconds(wait.get());
            ServletProblems.sendLater(response, Problems.of("TOO_MANY_REQUESTS",
                    "Too many requests from this address: try again in " + seconds + " s",
                    "Quá nhiều yêu cầu từ địa chỉ này: vui lòng thử lại sau " + seconds + " giây",
                    request.getRequestURI()), wait.get());
            return;
        }
        chain.doFilter(request, response);
    }
}
