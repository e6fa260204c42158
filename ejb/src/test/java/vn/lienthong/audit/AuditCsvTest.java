package vn.lienthong.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    @Test
    void writesAHeaderAndOneLinePerEntryQuotingJson() {
        var entry = new AuditEntryView(7, Instant.parse("2026-12-06T01:02:03Z"), "admin", "directory.rename", "000.00.00.G22",
                "{\"name\":\"Cũ\",\"level\":2}", null);

        assertThat(AuditCsv.of(List.of(entry))).isEqualTo(AuditCsv.HEADER + "\r\n"
                + "7,2026-12-06T08:02:03+07:00,admin,directory.rename,000.00.00.G22,\"{\"\"name\"\":\"\"Cũ\"\",\"\"level\"\":2}\",\r\n");
    }

    @Test
    void quotesLineBreaksAndDefusesSpreadsheetFormulas() {
        assertThat(AuditCsv.field("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(AuditCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AuditCsv.field("plain")).isEqualTo("plain");
    }
}
