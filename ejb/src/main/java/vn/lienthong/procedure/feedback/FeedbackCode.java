package vn.lienthong.procedure.feedback;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/**
 * Feedback codes, {@code PAKN-{yyMMdd}-{8 characters}}: the day for people, a random part so that
 * nobody can walk through other citizens' feedback by counting (the public look-up shows only what
 * was published, but the state of an unpublished one is the sender's business). Letters that are
 * easily confused when read aloud (I, L, O, U) are left out.
 */
final class FeedbackCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final RandomGenerator RANDOM = new SecureRandom();

    private FeedbackCode() {
    }

    static String next(LocalDate day) {
        return of(day, RANDOM);
    }

    static String of(LocalDate day, RandomGenerator random) {
        StringBuilder code = new StringBuilder("PAKN-").append(DAY.format(day)).append('-');
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static boolean looksValid(String code) {
        return code != null && code.matches("PAKN-\\d{6}-[" + ALPHABET + "]{8}");
    }
}
