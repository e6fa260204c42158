package vn.lienthong.web.console.directory;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyView;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyTreeTest {

    private static final AgencyView GOVERNMENT = agency("000.00.00.G22", "Văn phòng Chính phủ", null, 1);
    private static final AgencyView PROVINCE = agency("000.00.00.H41", "UBND tỉnh Nghệ An", null, 1);
    private static final AgencyView DEPARTMENT = agency("000.01.41.H41", "Sở Tư pháp tỉnh Nghệ An", "000.00.00.H41", 2);
    private static final AgencyView UNIT = agency("000.00.12.G22", "Vụ Tổng hợp", "000.00.00.G22", 2);

    @Test
    void listsEachAgencyUnderItsParentDepthFirst() {
        List<AgencyTreeRow> rows = AgencyTree.of(List.of(DEPARTMENT, PROVINCE, UNIT, GOVERNMENT), null, null);
        assertThat(rows).extracting(r -> r.agency().code().value())
                .containsExactly("000.00.00.G22", "000.00.12.G22", "000.00.00.H41", "000.01.41.H41");
        assertThat(rows).extracting(AgencyTreeRow::depth).containsExactly(0, 1, 0, 1);
    }

    @Test
    void aSearchKeepsAgenciesWhoseCodeOrNameContainsItWhateverTheCase() {
        assertThat(AgencyTree.of(List.of(GOVERNMENT, PROVINCE, DEPARTMENT, UNIT), "nghệ an", null))
                .extracting(r -> r.agency().code().value()).containsExactly("000.00.00.H41", "000.01.41.H41");
        assertThat(AgencyTree.of(List.of(GOVERNMENT, PROVINCE, DEPARTMENT, UNIT), "G22", 2))
                .extracting(r -> r.agency().code().value()).containsExactly("000.00.12.G22");
    }

    @Test
    void anAgencyWhoseParentIsNotListedIsARoot() {
        assertThat(AgencyTree.of(List.of(DEPARTMENT), null, null)).extracting(AgencyTreeRow::depth).containsExactly(0);
    }

    private static AgencyView agency(String code, String name, String parent, int level) {
        return new AgencyView(AgencyCode.of(code), name, parent == null ? null : AgencyCode.of(parent), level, true,
                Instant.parse("2026-12-01T00:00:00Z"), null, null);
    }
}
