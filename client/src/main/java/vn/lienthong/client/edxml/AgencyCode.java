package vn.lienthong.client.edxml;

import java.util.regex.Pattern;

/**
 * An agency identifier code (mã định danh) as the client writes it: exactly {@code NNN.NN.NN.LNN}.
 * The hub reads a few variants leniently; a client is strict in what it sends (docs/edxml.md).
 */
public record AgencyCode(String value) {

    private static final Pattern STRICT = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");

    public AgencyCode {
        if (value == null || !STRICT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an agency code of the form NNN.NN.NN.LNN (e.g. 000.00.00.G22): " + value);
        }
    }

    public static String check(String value) {
        return new AgencyCode(value).value();
    }

    @Override
    public String toString() {
        return value;
    }
}
