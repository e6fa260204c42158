package vn.lienthong.procedure.dossier;

import vn.lienthong.platform.text.RandomText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The second factor of the citizens' dossier look-up (mã tra cứu): eight random characters given at
 * intake and printed on the receipt beside the dossier code. Codes are sequential per unit and day,
 * so anyone could count through them; the key makes a look-up need the receipt. 40 random bits,
 * from the alphabet people can read back ({@link RandomText}).
 *
 * <p>Kept in clear, not hashed, so that the agency can print the receipt again: it protects the
 * public look-up against enumeration, not the database, whose readers see the dossier itself.
 * Compared in constant time.
 */
public record LookupKey(String value) {

    public static final int LENGTH = 8;

    public LookupKey {
        Objects.requireNonNull(value);
        if (!RandomText.isOf(value, LENGTH)) {
            throw new IllegalArgumentException("A look-up key has " + LENGTH + " characters of " + RandomText.ALPHABET);
        }
    }

    public static LookupKey next() {
        return new LookupKey(RandomText.next(LENGTH));
    }

    /** Whether what a citizen typed (any case, with spaces or dashes, O for 0) is this key. */
    public boolean matches(String typed) {
        if (typed == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                RandomText.normalise(typed).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return value;
    }
}
