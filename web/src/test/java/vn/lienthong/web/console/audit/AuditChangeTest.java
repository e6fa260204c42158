package vn.lienthong.web.console.audit;

import org.junit.jupiter.api.Test;
import vn.lienthong.web.console.audit.AuditChange.Field;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChangeTest {

    @Test
    void fieldsOfBeforeAndAfterAreListedOnceEachWithTheChangedOnesMarked() {
        var fields = AuditChange.of("{\"code\":\"000.00.01.H01\",\"name\":\"Sở A\",\"active\":true,\"parent\":null}",
                "{\"code\":\"000.00.01.H01\",\"name\":\"Sở A\",\"active\":false,\"successorCode\":\"000.00.02.H01\"}");
        assertThat(fields).containsExactly(
                new Field("code", "000.00.01.H01", "000.00.01.H01", false),
                new Field("name", "Sở A", "Sở A", false),
                new Field("active", "true", "false", true),
                new Field("parent", "—", "—", false),
                new Field("successorCode", "—", "000.00.02.H01", true));
    }

    @Test
    void aValueObjectOfOneFieldIsShownAsItsValue() {
        assertThat(AuditChange.of("{\"successor\":null}", "{\"successor\":{\"value\":\"000.00.02.H01\"}}"))
                .containsExactly(new Field("successor", "—", "000.00.02.H01", true));
    }

    @Test
    void aCreationHasOnlyAfterAndListsAreShownAsJson() {
        assertThat(AuditChange.of(null, "{\"recipients\":[\"a@x.vn\"],\"threshold\":30}")).containsExactly(
                new Field("recipients", "—", "[\"a@x.vn\"]", false),
                new Field("threshold", "—", "30", false));
    }

    @Test
    void aStateThatIsNotAJsonObjectIsShownAsItsText() {
        assertThat(AuditChange.of("not json {", "[1,2]")).containsExactly(new Field("", "not json {", "[1,2]", true));
        assertThat(AuditChange.of(null, null)).isEmpty();
    }
}
