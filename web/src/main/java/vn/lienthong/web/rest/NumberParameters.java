package vn.lienthong.web.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import vn.lienthong.platform.InvalidRequestException;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Reads numeric query parameters ({@code page}, {@code size}, {@code limit}, {@code offset}, …) so that
 * one that is not a number, or too large for its type, is a 400 problem document naming it: by the
 * JAX-RS specification a query parameter the runtime cannot convert would be answered 404, as if the
 * resource did not exist. Ranges are then checked where the parameter is used (platform.paging.PageRequest,
 * platform.paging.Slice).
 */
@Provider
public class NumberParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf);
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(name, Long::valueOf);
        }
        return null;
    }

    private static <N extends Number> ParamConverter<N> converter(String name, Function<String, N> parse) {
        return new ParamConverter<>() {
            @Override
            public N fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (NumberFormatException e) {
                    throw new NotANumberException(name, value);
                }
            }

            @Override
            public String toString(N value) {
                return value == null ? null : value.toString();
            }
        };
    }

    /**
     * Thrown while the runtime converts a parameter, where only a WebApplicationException keeps its
     * meaning; {@link #refusal()} is the refusal the problem mapper answers with.
     */
    public static final class NotANumberException extends BadRequestException {

        private static final long serialVersionUID = 1L;
        private final transient InvalidRequestException refusal;

        NotANumberException(String name, String value) {
            super(name + " is not a whole number in range: " + value);
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            this.refusal = new InvalidRequestException(name, name + " must be a whole number, not '" + shown + "'",
                    name + " phải là số nguyên, không phải '" + shown + "'");
        }

        public InvalidRequestException refusal() {
            return refusal;
        }
    }
}
