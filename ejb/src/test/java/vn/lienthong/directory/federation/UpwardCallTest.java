package vn.lienthong.directory.federation;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.change.DirectoryChangeKind;
import vn.lienthong.directory.change.DirectoryEventView;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Each change of the province's own tree goes up as the administration call the upstream's administrators would make. */
class UpwardCallTest {

    private static final AgencyCode UNIT = AgencyCode.of("000.00.12.H41");
    private static final AgencyCode PARENT = AgencyCode.of("000.00.00.H41");
    private static final AgencyCode SUCCESSOR = AgencyCode.of("000.00.13.H41");
    private static final Instant AT = Instant.parse("2026-12-06T01:00:00Z");

    private static DirectoryEventView event(DirectoryChangeKind kind, boolean active, AgencyCode successor, String reason) {
        return new DirectoryEventView(7, kind, UNIT, "Sở Khoa học và Công nghệ", PARENT, 2, active, successor, AT, reason);
    }

    @Test
    void anAdditionIsThePostOfTheAgencyWithoutASecretAndAnExistingCodeCountsAsDone() {
        UpwardCall call = UpwardCall.of(event(DirectoryChangeKind.ADDED, true, null, null));

        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("admin/agencies");
        assertThat(call.body().getString("code")).isEqualTo(UNIT.value());
        assertThat(call.body().getString("name")).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(call.body().getString("parentCode")).isEqualTo(PARENT.value());
        assertThat(call.body().containsKey("secret")).isFalse();
        assertThat(call.doneAlready()).isEqualTo("AGENCY_EXISTS");
    }

    @Test
    void eachOtherChangeIsItsAdministrationCallWithTheReason() {
        UpwardCall rename = UpwardCall.of(event(DirectoryChangeKind.RENAMED, true, null, "Quyết định 123/QĐ-UBND"));
        UpwardCall move = UpwardCall.of(event(DirectoryChangeKind.MOVED, true, null, null));
        UpwardCall deactivate = UpwardCall.of(event(DirectoryChangeKind.DEACTIVATED, false, null, "Giải thể"));
        UpwardCall merge = UpwardCall.of(event(DirectoryChangeKind.MERGED, false, SUCCESSOR, "Sáp nhập"));

        assertThat(rename.method() + " " + rename.path()).isEqualTo("PUT admin/agencies/000.00.12.H41/name");
        assertThat(rename.body().getString("reason")).isEqualTo("Quyết định 123/QĐ-UBND");
        assertThat(move.method() + " " + move.path()).isEqualTo("PUT admin/agencies/000.00.12.H41/parent");
        assertThat(move.body().getString("parentCode")).isEqualTo(PARENT.value());
        assertThat(move.body().containsKey("reason")).isFalse();
        assertThat(deactivate.method() + " " + deactivate.path()).isEqualTo("POST admin/agencies/000.00.12.H41/deactivate");
        assertThat(merge.method() + " " + merge.path()).isEqualTo("POST admin/agencies/000.00.12.H41/merge");
        assertThat(merge.body().getString("into")).isEqualTo(SUCCESSOR.value());
        assertThat(merge.doneAlready()).isEqualTo("AGENCY_RETIRED");
        assertThat(rename.doneAlready()).isNull();
    }

    @Test
    void theQueuedPayloadGivesBackTheSameCall() {
        UpwardCall merge = UpwardCall.of(event(DirectoryChangeKind.MERGED, false, SUCCESSOR, "Sáp nhập"));
        UpwardCall rename = UpwardCall.of(event(DirectoryChangeKind.RENAMED, true, null, null));

        assertThat(UpwardCall.fromPayload(merge.payload())).isEqualTo(merge);
        assertThat(UpwardCall.fromPayload(rename.payload())).isEqualTo(rename);
    }
}
