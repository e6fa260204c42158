package vn.lienthong.web.limit;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;

/**
 * Gives every resource method that binds a JSON request body a {@link BodyLimitFilter}: the limit
 * of its {@link BodyLimit} annotation, or {@code lienthong.limit.json-body}. Without it a body of
 * any size would be read into memory by the binding before any field is checked. XML packages
 * are bounded elsewhere: they are spooled to disk and read as a stream (edxml.limit.*).
 */
@Provider
public class BodyLimits implements DynamicFeature {

    static final String JSON_VARIABLE = "lienthong.limit.json-body";
    static final long JSON_DEFAULT_BYTES = 64 * 1024;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method == null || !readsJsonBody(method, resource.getResourceClass())) {
            return;
        }
        BodyLimit declared = method.getAnnotation(BodyLimit.class);
        String variable = declared == null ? JSON_VARIABLE : declared.variable();
        long fallback = declared == null ? JSON_DEFAULT_BYTES : declared.defaultBytes();
        long limit = ConfigProvider.getConfig().getOptionalValue(variable, Long.class).orElse(fallback);
        context.register(new BodyLimitFilter(limit), Priorities.USER);
    }

    /** An entity parameter (one without JAX-RS annotations) on a method that consumes JSON. */
    static boolean readsJsonBody(Method method, Class<?> resourceClass) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null && resourceClass != null) {
            consumes = resourceClass.getAnnotation(Consumes.class);
        }
        boolean json = consumes != null && Arrays.stream(consumes.value())
                .flatMap(value -> Arrays.stream(value.split(",")))
                .anyMatch(BodyLimits::acceptsJson);
        return json && Arrays.stream(method.getParameterAnnotations()).anyMatch(BodyLimits::isEntity);
    }

    private static boolean acceptsJson(String mediaType) {
        String type = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return type.equals(MediaType.APPLICATION_JSON) || type.endsWith("+json") || type.equals("application/*")
                || type.equals(MediaType.WILDCARD);
    }

    private static boolean isEntity(Annotation[] annotations) {
        return Arrays.stream(annotations).noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
    }
}
