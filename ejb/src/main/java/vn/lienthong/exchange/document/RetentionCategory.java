package vn.lienthong.exchange.document;

import vn.lienthong.exchange.edxml.DocumentType;
import vn.lienthong.platform.InvalidRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a retention rule is chosen by (loại văn bản for lưu trữ): the edXML DocumentType a package
 * carries, written {@code <Type>.<TypeDetail>} or {@code <Type>}, or {@link #DEFAULT} for everything
 * else. A document's rule is the most specific one that exists: {@code 1.5}, then {@code 1}, then DEFAULT.
 */
public record RetentionCategory(String value) {

    public static final int MAX_LENGTH = 120;
    // Before DEFAULT: the constructor of the constant reads it.
    private static final Pattern SHAPE = Pattern.compile("DEFAULT|[0-9]{1,9}(\\.[\\p{L}\\p{N}_-]{1,100})?");
    public static final RetentionCategory DEFAULT = new RetentionCategory("DEFAULT");

    public RetentionCategory {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidRequestException("category", "'" + value + "' is not a retention category: DEFAULT, "
                    + "an edXML DocumentType Type (e.g. 1) or Type.TypeDetail (e.g. 1.5)",
                    "'" + value + "' không phải loại văn bản lưu trữ: DEFAULT, Type của DocumentType edXML (vd. 1) "
                    + "hoặc Type.TypeDetail (vd. 1.5)");
        }
    }

    /** The category a package's DocumentType names; DEFAULT when it names none this shape can hold. */
    public static RetentionCategory of(DocumentType type) {
        if (type == null || type.type() == null || type.type() < 0) {
            return DEFAULT;
        }
        String detail = type.typeDetail() == null ? "" : type.typeDetail().strip();
        String candidate = detail.isEmpty() ? String.valueOf(type.type()) : type.type() + "." + detail;
        if (SHAPE.matcher(candidate).matches()) {
            return new RetentionCategory(candidate);
        }
        return new RetentionCategory(String.valueOf(type.type()));
    }

    /** The categories whose rule applies, most specific first, ending with DEFAULT. */
    public List<RetentionCategory> fallbacks() {
        List<RetentionCategory> chain = new ArrayList<>(3);
        chain.add(this);
        int dot = value.indexOf('.');
        if (dot > 0) {
            chain.add(new RetentionCategory(value.substring(0, dot)));
        }
        if (!equals(DEFAULT)) {
            chain.add(DEFAULT);
        }
        return chain;
    }

    @Override
    public String toString() {
        return value;
    }
}
