package vn.lienthong.web.limit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import vn.lienthong.web.problem.Problems;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Refuses a request body over the limit with 413 before anything reads it into memory: at once
 * when the declared Content-Length is over it; otherwise (chunked) after reading at most the limit
 * and one byte, which is all the memory such a request can take.
 */
final class BodyLimitFilter implements ContainerRequestFilter {

    private final long limit;

    BodyLimitFilter(long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("a body limit cannot be negative: " + limit);
        }
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length > limit) {
                refuse(request);
                return;
            }
            if (length >= 0) {
                return; // the container reads no more than the declared length
            }
        }
        if (!request.hasEntity()) {
            return;
        }
        byte[] body = request.getEntityStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8L));
        if (body.length > limit) {
            refuse(request);
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private void refuse(ContainerRequestContext request) {
        request.abortWith(Problems.response(Problems.of("BODY_TOO_LARGE",
                "The request body is larger than the " + limit + " bytes this operation accepts; nothing was read",
                "Nội dung yêu cầu lớn hơn " + limit + " byte mà thao tác này nhận; trục chưa đọc nội dung",
                request.getUriInfo().getRequestUri().getPath())));
    }
}
