package vn.lienthong.audit;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AuditStateTest {

    public record Sample(String name, int level, Instant since) {
    }

    @Test
    void aRecordBecomesItsJson() {
        String json = AuditState.json(new Sample("Bộ Nội vụ", 1, Instant.parse("2026-01-01T00:00:00Z")));

        var parsed = Json.createReader(new StringReader(json)).readObject();
        assertThat(parsed.getString("name")).isEqualTo("Bộ Nội vụ");
        assertThat(parsed.getInt("level")).isEqualTo(1);
    }

    @Test
    void jsonTextStaysAsItIsAndNothingStaysNull() {
        assertThat(AuditState.json("{\"a\":1}")).isEqualTo("{\"a\":1}");
        assertThat(AuditState.json(null)).isNull();
    }

    @Test
    void aStateTooLongForTheColumnBecomesValidJsonSayingSo() {
        String longJson = "{\"text\":\"" + "\"".repeat(0) + "x\\\"".repeat(10_000) + "\"}";

        String bounded = AuditState.bounded(longJson, 16_000);

        assertThat(bounded.length()).isLessThanOrEqualTo(16_000);
        var parsed = Json.createReader(new StringReader(bounded)).readObject();
        assertThat(parsed.getBoolean("truncated")).isTrue();
        assertThat(parsed.getInt("length")).isEqualTo(longJson.length());
    }
}
