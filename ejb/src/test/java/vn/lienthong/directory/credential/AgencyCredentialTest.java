package vn.lienthong.directory.credential;

import org.junit.jupiter.api.Test;

import vn.lienthong.directory.agency.AgencyCode;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyCredentialTest {

    private static final AgencyCode AGENCY = AgencyCode.of("000.00.00.G22");
    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

    private final AgencyCredential credential = new AgencyCredential(AGENCY, SecretHasher.hash("first-secret-1".toCharArray()), T0);

    @Test
    void aRotatedSecretKeepsSigningInUntilItsGracePeriodEnds() {
        credential.rotate(SecretHasher.hash("second-secret-2".toCharArray()), T0, Duration.ofHours(1));

        assertThat(credential.match("second-secret-2".toCharArray(), T0.plusSeconds(1))).isEqualTo(AgencyCredential.Match.CURRENT);
        assertThat(credential.match("first-secret-1".toCharArray(), T0.plusSeconds(3599))).isEqualTo(AgencyCredential.Match.PREVIOUS);
        assertThat(credential.match("first-secret-1".toCharArray(), T0.plusSeconds(3600))).isEqualTo(AgencyCredential.Match.NONE);
        assertThat(credential.previousValidUntil(T0)).contains(T0.plusSeconds(3600));
        assertThat(credential.previousValidUntil(T0.plusSeconds(3600))).isEmpty();
    }

    @Test
    void aResetEndsEveryEarlierSecretAtOnce() {
        credential.rotate(SecretHasher.hash("second-secret-2".toCharArray()), T0, Duration.ofHours(1));
        credential.reset(SecretHasher.hash("third-secret-3".toCharArray()), T0.plusSeconds(10));

        assertThat(credential.match("first-secret-1".toCharArray(), T0.plusSeconds(11))).isEqualTo(AgencyCredential.Match.NONE);
        assertThat(credential.match("second-secret-2".toCharArray(), T0.plusSeconds(11))).isEqualTo(AgencyCredential.Match.NONE);
        assertThat(credential.match("third-secret-3".toCharArray(), T0.plusSeconds(11))).isEqualTo(AgencyCredential.Match.CURRENT);
        assertThat(credential.changedAt()).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void aRotationWithoutGraceIsAReset() {
        credential.rotate(SecretHasher.hash("second-secret-2".toCharArray()), T0, Duration.ZERO);

        assertThat(credential.match("first-secret-1".toCharArray(), T0)).isEqualTo(AgencyCredential.Match.NONE);
        assertThat(credential.previousValidUntil(T0)).isEmpty();
    }

    @Test
    void theStampChangesWithEveryChangeOfWhatSignsIn() {
        String initial = credential.stamp(T0);
        credential.rotate(SecretHasher.hash("second-secret-2".toCharArray()), T0, Duration.ofHours(1));
        String rotated = credential.stamp(T0.plusSeconds(1));
        String graceOver = credential.stamp(T0.plusSeconds(3600));
        credential.reset(SecretHasher.hash("second-secret-2".toCharArray()), T0.plusSeconds(3601));

        assertThat(rotated).isNotEqualTo(initial);
        assertThat(graceOver).isNotEqualTo(rotated).isNotEqualTo(initial);
        assertThat(credential.stamp(T0.plusSeconds(3601))).isNotEqualTo(graceOver);
        assertThat(credential.stamp(T0.plusSeconds(3602))).as("unchanged while nothing changes")
                .isEqualTo(credential.stamp(T0.plusSeconds(3601)));
    }
}
