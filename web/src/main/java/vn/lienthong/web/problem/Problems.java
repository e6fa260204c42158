package vn.lienthong.web.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.batch.Refusal;
import vn.lienthong.platform.ServiceUnavailableException;

/** Builds problem responses from refusals, so every error on the API has the same shape. */
public final class Problems {

    /** One JSON-B instance for the problems written outside JAX-RS's own writer (they are costly to make). */
    private static final Jsonb JSON = JsonbBuilder.create();

    private Problems() {
    }

    /** One refused item of a batch call, as the problem document the same refusal of a single call gets. */
    public static Problem of(Refusal refusal, String instance) {
        ProblemCatalog.Entry entry = ProblemCatalog.of(refusal.code());
        return new Problem(Problem.typeOf(refusal.code()), entry.titleEn(), entry.status(), refusal.messageEn(),
                refusal.code(), refusal.element(), instance, entry.titleVi(), refusal.messageVi());
    }

    public static String json(Problem problem) {
        return JSON.toJson(problem);
    }

    public static Problem of(BusinessException e, String instance) {
        ProblemCatalog.Entry entry = ProblemCatalog.of(e.code());
        return new Problem(Problem.typeOf(e.code()), entry.titleEn(), entry.status(), e.messageEn(), e.code(),
                e.element().orElse(null), instance, entry.titleVi(), e.messageVi());
    }

    public static Problem of(String code, String detailEn, String detailVi, String instance) {
        ProblemCatalog.Entry entry = ProblemCatalog.of(code);
        return new Problem(Problem.typeOf(code), entry.titleEn(), entry.status(), detailEn, code, null, instance,
                entry.titleVi(), detailVi);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A refusal as a response; "try later" refusals tell the client when (Retry-After). */
    public static Response response(BusinessException e, String instance) {
        Response.ResponseBuilder builder = Response.status(ProblemCatalog.of(e.code()).status())
                .type(Problem.MEDIA_TYPE).entity(of(e, instance));
        if (e instanceof ServiceUnavailableException unavailable) {
            builder.header("Retry-After", unavailable.retryAfterSeconds());
        }
        return builder.build();
    }
}
