package vn.lienthong.platform.text;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Random codes that people read from paper and type back (a feedback code, a dossier's look-up
 * key): digits and upper-case letters without I, L, O and U, which are easily confused when read
 * aloud or copied by hand; 5 bits per character.
 */
public final class RandomText {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final RandomGenerator RANDOM = new SecureRandom();

    private RandomText() {
    }

    /** {@code length} characters from a cryptographically strong source. */
    public static String next(int length) {
        return of(length, RANDOM);
    }

    public static String of(int length, RandomGenerator random) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /**
     * What a person typed, read as a code of this alphabet: case, spaces and dashes do not matter,
     * and the letters left out are read as the digits they are mistaken for (O as 0, I and L as 1).
     */
    public static String normalise(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }

    public static boolean isOf(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        return text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
