package vn.lienthong.directory.federation;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A province follows the upstream for every code outside its own tree, and for nothing inside it. */
class FollowedCodesTest {

    private static final AgencyCode HUB = AgencyCode.of("000.00.90.H41");
    private static final AgencyCode NATIONAL = AgencyCode.of("000.00.90.G22");

    @Test
    void theTreeIsTheTopLevelUnitOfTheHubsOwnCodeUnlessConfigured() {
        assertThat(DirectoryTree.configured("", HUB).units()).containsExactly("H41");
        assertThat(DirectoryTree.configured(null, HUB).units()).containsExactly("H41");
        assertThat(DirectoryTree.configured(" g09 , G10", HUB).units()).containsExactlyInAnyOrder("G09", "G10");
    }

    @Test
    void aTreeThatNamesNoTopLevelUnitIsRefused() {
        assertThatThrownBy(() -> DirectoryTree.configured("H4", HUB)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("H4");
        assertThatThrownBy(() -> DirectoryTree.configured(" , ", HUB)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesOutsideTheTreeAreFollowedAndCodesInsideAreNot() {
        FollowedCodes followed = new FollowedCodes(DirectoryTree.configured("", HUB), HUB, NATIONAL);

        assertThat(followed.follows(AgencyCode.of("000.00.12.H29"))).as("another province's agency").isTrue();
        assertThat(followed.follows(AgencyCode.of("000.00.01.G22"))).as("a ministry's unit").isTrue();
        assertThat(followed.follows(AgencyCode.of("000.00.12.H41"))).as("an agency of this province").isFalse();
        assertThat(followed.follows(AgencyCode.of("000.01.12.H41"))).as("a unit below it").isFalse();
    }

    @Test
    void theHubAccountsAreKeptByAdministratorsNotFollowed() {
        FollowedCodes followed = new FollowedCodes(DirectoryTree.configured("G09", HUB), HUB, NATIONAL);

        assertThat(followed.follows(HUB)).as("this instance's own account, outside a tree configured otherwise").isFalse();
        assertThat(followed.follows(NATIONAL)).as("the upstream's account here").isFalse();
    }
}
