package vn.lienthong.directory.agency;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SampleDirectoryTest {

    private final List<SampleDirectory.Entry> entries = SampleDirectory.read();

    @Test
    void holdsAtLeastFiftyAgenciesAtEveryLevel() {
        assertThat(entries).hasSizeGreaterThanOrEqualTo(50);
        assertThat(entries).extracting(e -> e.code().level()).contains(1, 2, 3, 4);
    }

    @Test
    void listsEveryParentBeforeItsChildren() {
        Set<AgencyCode> seen = new HashSet<>();
        for (SampleDirectory.Entry e : entries) {
            if (e.parent() != null) {
                assertThat(seen).as("parent of %s", e.code()).contains(e.parent());
            }
            seen.add(e.code());
        }
    }

    @Test
    void hasNoDuplicateCodes() {
        assertThat(entries).extracting(SampleDirectory.Entry::code).doesNotHaveDuplicates();
    }

    @Test
    void coversTheGovernmentOfficeTwoMinistriesAndTwoProvinces() {
        assertThat(entries).extracting(e -> e.code().value())
                .contains("000.00.00.G22", "000.00.00.G09", "000.00.00.G18", "000.00.00.H20", "000.00.00.H41");
    }

    @Test
    void keepsOneRetiredAgencyToShowThatInactiveUnitsReceiveNothing() {
        assertThat(entries).filteredOn(e -> !e.active()).hasSize(1);
    }
}
