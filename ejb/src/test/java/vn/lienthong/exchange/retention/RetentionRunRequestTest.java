package vn.lienthong.exchange.retention;

import org.junit.jupiter.api.Test;
import vn.lienthong.exchange.document.RetentionCategory;
import vn.lienthong.platform.InvalidRequestException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionRunRequestTest {

    @Test
    void aRunLimitedByTheAdministratorBecomesTheJobsParameters() {
        RetentionRunRequest request = new RetentionRunRequest(List.of(new RetentionCategory("1.5"), new RetentionCategory("2")),
                Optional.of(5), RetentionRunRequest.pause("500ms"));
        assertThat(request.jobParameters()).containsEntry("categories", "1.5,2").containsEntry("itemCount", "5")
                .containsEntry("pause", "500ms");
    }

    @Test
    void aRunOfEverythingNamesNoParameterSoTheJobsDefaultsApply() {
        assertThat(RetentionRunRequest.ALL.jobParameters()).isEmpty();
        assertThat(RetentionRunRequest.pause(" ")).isEmpty();
    }

    @Test
    void refusesChunksAndPausesOutOfBounds() {
        assertThatThrownBy(() -> new RetentionRunRequest(List.of(), Optional.of(0), Optional.empty()))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new RetentionRunRequest(List.of(), Optional.of(1001), Optional.empty()))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new RetentionRunRequest(List.of(), Optional.empty(), Optional.of(Duration.ofMinutes(2))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> RetentionRunRequest.pause("soon")).isInstanceOf(InvalidRequestException.class);
    }
}
