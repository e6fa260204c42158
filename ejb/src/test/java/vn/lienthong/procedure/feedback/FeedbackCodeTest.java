package vn.lienthong.procedure.feedback;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackCodeTest {

    @Test
    void carriesTheDayAndEightCharactersThatCannotBeMisread() {
        String code = FeedbackCode.of(LocalDate.of(2026, 3, 2), new Random(7));
        assertThat(code).startsWith("PAKN-260302-").hasSize(20);
        assertThat(FeedbackCode.looksValid(code)).isTrue();
        assertThat(code.substring(12)).doesNotContain("I", "L", "O", "U");
    }

    @Test
    void codesOfOneDayAreNotConsecutive() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(FeedbackCode.next(LocalDate.of(2026, 3, 2)));
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void refusesWhatIsNotAFeedbackCode() {
        assertThat(FeedbackCode.looksValid("PAKN-260302-ABCDEFGI")).isFalse();
        assertThat(FeedbackCode.looksValid("000.00.10.H20-260302-0007")).isFalse();
        assertThat(FeedbackCode.looksValid(null)).isFalse();
    }
}
