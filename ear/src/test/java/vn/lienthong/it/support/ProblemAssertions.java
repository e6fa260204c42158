package vn.lienthong.it.support;

import static org.assertj.core.api.Assertions.assertThat;

/** How a refusal must look on the wire: the status, a problem document, its stable code. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static void assertRefused(HubResponse response, int status, String code) {
        assertThat(response.status()).as("answer %s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.problemCode()).isEqualTo(code);
        assertThat(response.json().getInt("status")).isEqualTo(status);
    }
}
