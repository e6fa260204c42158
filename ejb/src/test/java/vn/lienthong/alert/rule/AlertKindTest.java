package vn.lienthong.alert.rule;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AlertKindTest {

    @Test
    void aCountIsBreachedOnlyAboveItsThreshold() {
        assertThat(AlertKind.FAILED_QUEUE_ITEMS.breached(Optional.of(0L), 0)).isFalse();
        assertThat(AlertKind.FAILED_QUEUE_ITEMS.breached(Optional.of(1L), 0)).isTrue();
        assertThat(AlertKind.LATE_REPORTS.breached(Optional.of(5L), 5)).isFalse();
        assertThat(AlertKind.LATE_REPORTS.breached(Optional.of(6L), 5)).isTrue();
    }

    @Test
    void aCertificateIsBreachedWithinItsThresholdOfDaysExpiredOnesIncluded() {
        assertThat(AlertKind.CERTIFICATE_EXPIRY.breached(Optional.of(31L), 30)).isFalse();
        assertThat(AlertKind.CERTIFICATE_EXPIRY.breached(Optional.of(30L), 30)).isTrue();
        assertThat(AlertKind.CERTIFICATE_EXPIRY.breached(Optional.of(-3L), 30)).isTrue();
    }

    @Test
    void anUnreachableServiceIsBreachedOnceItsFailuresInARowReachTheThreshold() {
        assertThat(AlertKind.DATABASE_UNREACHABLE.breached(Optional.of(1L), 2)).isFalse();
        assertThat(AlertKind.DATABASE_UNREACHABLE.breached(Optional.of(2L), 2)).isTrue();
        assertThat(AlertKind.BROKER_UNREACHABLE.breached(Optional.of(0L), 0)).as("a zero threshold still needs a failure")
                .isFalse();
    }

    @Test
    void nothingMeasuredNeverBreaches() {
        for (AlertKind kind : AlertKind.values()) {
            assertThat(kind.breached(Optional.empty(), 0)).as(kind.code()).isFalse();
        }
    }

    @Test
    void everyKindIsFoundByItsCodeAndTheCodesFitTheColumn() {
        for (AlertKind kind : AlertKind.values()) {
            assertThat(AlertKind.ofCode(kind.code())).contains(kind);
            assertThat(kind.code()).hasSizeLessThanOrEqualTo(40).matches("[a-z-]+");
        }
        assertThat(AlertKind.ofCode("no-such-rule")).isEmpty();
    }
}
