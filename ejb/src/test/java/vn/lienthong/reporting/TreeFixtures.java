package vn.lienthong.reporting;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyTree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small directory: the Government Office, province H99 with two districts, three communes and a department. */
public final class TreeFixtures {

    public static final AgencyCode GOVERNMENT = AgencyCode.of("000.00.00.G22");
    public static final AgencyCode PROVINCE = AgencyCode.of("000.00.00.H99");
    public static final AgencyCode DEPARTMENT = AgencyCode.of("000.00.05.H99");
    public static final AgencyCode DISTRICT_A = AgencyCode.of("000.00.31.H99");
    public static final AgencyCode DISTRICT_B = AgencyCode.of("000.00.32.H99");
    public static final AgencyCode COMMUNE_A1 = AgencyCode.of("000.01.31.H99");
    public static final AgencyCode COMMUNE_A2 = AgencyCode.of("000.02.31.H99");
    public static final AgencyCode COMMUNE_B1 = AgencyCode.of("000.01.32.H99");
    /** Merged into COMMUNE_B1. */
    public static final AgencyCode COMMUNE_B2 = AgencyCode.of("000.02.32.H99");
    public static final AgencyCode OTHER_PROVINCE = AgencyCode.of("000.00.00.H98");
    public static final AgencyCode OTHER_DISTRICT = AgencyCode.of("000.00.31.H98");

    private TreeFixtures() {
    }

    public static AgencyTree tree() {
        List<AgencyTree.Node> nodes = new ArrayList<>();
        nodes.add(node(GOVERNMENT, null, true, null));
        nodes.add(node(PROVINCE, null, true, null));
        nodes.add(node(DEPARTMENT, PROVINCE, true, null));
        nodes.add(node(DISTRICT_A, PROVINCE, true, null));
        nodes.add(node(DISTRICT_B, PROVINCE, true, null));
        nodes.add(node(COMMUNE_A1, DISTRICT_A, true, null));
        nodes.add(node(COMMUNE_A2, DISTRICT_A, true, null));
        nodes.add(node(COMMUNE_B1, DISTRICT_B, true, null));
        nodes.add(node(COMMUNE_B2, DISTRICT_B, false, COMMUNE_B1));
        nodes.add(node(OTHER_PROVINCE, null, true, null));
        nodes.add(node(OTHER_DISTRICT, OTHER_PROVINCE, true, null));
        return new AgencyTree(7, nodes);
    }

    private static AgencyTree.Node node(AgencyCode code, AgencyCode parent, boolean active, AgencyCode successor) {
        return new AgencyTree.Node(code, "Đơn vị " + code, Optional.ofNullable(parent), code.level(), active, Optional.ofNullable(successor));
    }
}
