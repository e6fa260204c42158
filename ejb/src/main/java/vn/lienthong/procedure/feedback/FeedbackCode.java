package vn.lienthong.procedure.feedback;

import vn.lienthong.platform.text.RandomText;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/**
 * Feedback codes, {@code PAKN-{yyMMdd}-{8 characters}}: the day for people, a random part so that
 * nobody can walk through other citizens' feedback by counting (the public look-up shows only what
 * was published, but the state of an unpublished one is the sender's business). The random part
 * uses the alphabet people read back without confusion ({@link RandomText}).
 */
final class FeedbackCode {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private FeedbackCode() {
    }

    static String next(LocalDate day) {
        return "PAKN-" + DAY.format(day) + "-" + RandomText.next(8);
    }

    static String of(LocalDate day, RandomGenerator random) {
        return "PAKN-" + DAY.format(day) + "-" + RandomText.of(8, random);
    }

    static boolean looksValid(String code) {
        return code != null && code.matches("PAKN-\\d{6}-[" + RandomText.ALPHABET + "]{8}");
    }
}
