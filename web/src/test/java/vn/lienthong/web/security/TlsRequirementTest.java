package vn.lienthong.web.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TlsRequirementTest {

    @Test
    void leftEmptyTlsIsRequiredUnlessTheSampleDirectoryIsLoaded() {
        assertThat(requirement(Optional.empty(), false).required()).as("production").isTrue();
        assertThat(requirement(Optional.empty(), true).required()).as("the embedded development set-up").isFalse();
    }

    @Test
    void theOperatorsChoiceWinsEitherWay() {
        assertThat(requirement(Optional.of(true), true).required()).isTrue();
        assertThat(requirement(Optional.of(false), false).required()).isFalse();
    }

    private static TlsRequirement requirement(Optional<Boolean> setting, boolean sampleDirectory) {
        TlsRequirement requirement = new TlsRequirement();
        requirement.required = setting;
        requirement.sampleDirectory = sampleDirectory;
        requirement.httpsPort = "9443";
        return requirement;
    }
}
