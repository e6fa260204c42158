package vn.lienthong.alert.rule;

import vn.lienthong.platform.InvalidRequestException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The e-mail addresses an alert goes to: written by administrators as a comma-separated list, kept
 * lower-case, without duplicates, each checked to be one plain address (no display names, no header
 * injection). Empty means "the server's default recipients" ({@code lienthong.mail.to}).
 */
public record Recipients(List<String> addresses) {

    /** Longest list the column holds. */
    public static final int MAX_LENGTH = 2000;

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    public static final Recipients NONE = new Recipients(List.of());

    public Recipients {
        LinkedHashSet<String> checked = new LinkedHashSet<>();
        for (String address : addresses) {
            String a = address == null ? "" : address.strip();
            if (a.length() > 254 || !ADDRESS.matcher(a).matches()) {
                throw new InvalidRequestException("recipients", "'" + a + "' is not an e-mail address such as ops@example.gov.vn",
                        "'" + a + "' không phải địa chỉ thư điện tử, ví dụ ops@example.gov.vn");
            }
            checked.add(a.toLowerCase(Locale.ROOT));
        }
        addresses = List.copyOf(checked);
        if (String.join(",", addresses).length() > MAX_LENGTH) {
            throw new InvalidRequestException("recipients", "At most " + MAX_LENGTH + " characters of recipients",
                    "Danh sách người nhận dài tối đa " + MAX_LENGTH + " ký tự");
        }
    }

    /** {@code a@x.vn, b@y.vn}; blank gives {@link #NONE}. */
    public static Recipients parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.split("[,;]")) {
            if (!part.isBlank()) {
                parts.add(part);
            }
        }
        return new Recipients(parts);
    }

    public boolean isEmpty() {
        return addresses.isEmpty();
    }

    /** These, or {@code fallback} when there are none. */
    public Recipients orElse(Recipients fallback) {
        return isEmpty() ? fallback : this;
    }

    @Override
    public String toString() {
        return String.join(",", addresses);
    }
}
