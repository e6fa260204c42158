package vn.lienthong.web.limit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body a resource method reads, when it differs from the default for JSON
 * bodies ({@link BodyLimits#JSON_VARIABLE}): the server variable that sets it, and its value when
 * the variable is not set.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BodyLimit {

    /** The server variable holding the limit, in bytes. */
    String variable();

    /** The limit when the variable is not set, in bytes. */
    long defaultBytes();
}
