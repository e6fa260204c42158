package vn.lienthong.directory.agency;


import org.junit.jupiter.api.Test;
import vn.lienthong.reporting.TreeFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.reporting.TreeFixtures.*;

class AgencyTreeTest {

    private final AgencyTree tree = TreeFixtures.tree();

    @Test
    void aSubtreeHoldsTheAgencyAndEveryUnitBelowItParentsFirst() {
        assertThat(tree.subtree(DISTRICT_B)).extracting(AgencyTree.Node::code).containsExactly(DISTRICT_B, COMMUNE_B1, COMMUNE_B2);
        assertThat(tree.subtree(PROVINCE)).hasSize(8).first().extracting(AgencyTree.Node::code).isEqualTo(PROVINCE);
        assertThat(tree.subtree(AgencyCode.of("000.00.00.H01"))).isEmpty();
    }

    @Test
    void knowsWhetherAnAgencyLiesWithinAnother() {
        assertThat(tree.isWithin(COMMUNE_A1, PROVINCE)).isTrue();
        assertThat(tree.isWithin(COMMUNE_A1, COMMUNE_A1)).isTrue();
        assertThat(tree.isWithin(COMMUNE_A1, DISTRICT_B)).isFalse();
        assertThat(tree.isWithin(OTHER_DISTRICT, PROVINCE)).isFalse();
    }

    @Test
    void followsMergersBackToEveryPredecessor() {
        AgencyTree chain = new AgencyTree(1, java.util.List.of(
                new AgencyTree.Node(COMMUNE_A1, "a", java.util.Optional.empty(), 3, false, java.util.Optional.of(COMMUNE_A2)),
                new AgencyTree.Node(COMMUNE_A2, "b", java.util.Optional.empty(), 3, false, java.util.Optional.of(COMMUNE_B1)),
                new AgencyTree.Node(COMMUNE_B1, "c", java.util.Optional.empty(), 3, true, java.util.Optional.empty())));
        assertThat(chain.predecessors(COMMUNE_B1)).containsExactly(COMMUNE_A2, COMMUNE_A1);
        assertThat(tree.predecessors(COMMUNE_B1)).containsExactly(COMMUNE_B2);
        assertThat(tree.predecessors(COMMUNE_A1)).isEmpty();
    }
}
