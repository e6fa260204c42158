package vn.lienthong.it.soap;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.soap.v1.Agency;
import vn.lienthong.it.soap.v1.ChangeKind;
import vn.lienthong.it.soap.v1.Directory;
import vn.lienthong.it.soap.v1.DirectoryEvent;
import vn.lienthong.it.soap.v1.GetAgencies;
import vn.lienthong.it.soap.v1.GetAgenciesResponse;
import vn.lienthong.it.soap.v1.GetAgencyChanges;
import vn.lienthong.it.soap.v1.GetAgencyChangesResponse;
import vn.lienthong.it.soap.v1.GetSnapshot;
import vn.lienthong.it.soap.v1.GetSnapshotResponse;
import vn.lienthong.it.soap.v1.HubFault;
import vn.lienthong.it.soap.v1.HubFaultDetail;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.SoapHub;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.SoapFaults.faultOf;
import static vn.lienthong.it.support.SoapFaults.httpRefusalOf;

/**
 * Agency software keeps its copy of the directory over SOAP: a snapshot with its cursor, then the
 * numbered changes since, page by page, after an administrator changed the directory over REST.
 */
class DirectorySoapIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PROVINCE = "000.00.00.H20";

    private final Directory agency = SoapHub.directoryAs("000.00.14.H20");
    private final AgencyClient admin = Hub.admin();

    @Test
    void theAgencyListIsReadPageByPageAndFilteredByParent() throws HubFault {
        GetAgencies first = new GetAgencies();
        first.setParent(PROVINCE);
        first.setPage(0);
        first.setSize(5);
        GetAgenciesResponse page0 = agency.getAgencies(first);
        assertThat(page0.getAgency()).hasSize(5);
        assertThat(page0.getTotal()).isGreaterThanOrEqualTo(16);
        assertThat(page0.getAgency()).extracting(Agency::getParentCode).containsOnly(PROVINCE);

        first.setPage(1);
        GetAgenciesResponse page1 = agency.getAgencies(first);
        assertThat(page1.getPage()).isEqualTo(1);
        assertThat(page1.getAgency()).extracting(Agency::getCode)
                .doesNotContainAnyElementsOf(page0.getAgency().stream().map(Agency::getCode).toList());
    }

    @Test
    void aCopyMadeFromASnapshotAndTheChangesSinceItsCursorEqualsTheDirectory() throws HubFault {
        GetSnapshotResponse snapshot = agency.getSnapshot(new GetSnapshot());
        assertThat(snapshot.getAgency()).hasSizeGreaterThanOrEqualTo(81);
        Map<String, String> copy = new HashMap<>();
        snapshot.getAgency().forEach(a -> copy.put(a.getCode(), state(a)));

        String code = freeCode();
        created(admin.postJson("/api/v1/admin/agencies",
                "{\"code\":\"" + code + "\",\"name\":\"Sở Nội vụ\",\"parentCode\":\"" + PROVINCE + "\"}"));
        ok(admin.putJson("/api/v1/admin/agencies/" + code + "/name",
                "{\"name\":\"Sở Nội vụ tỉnh Đồng Tháp\",\"reason\":\"Quyết định 45/QĐ-UBND\"}"));
        ok(admin.postJson("/api/v1/admin/agencies/" + code + "/deactivate", "{\"reason\":\"Giải thể\"}"));

        GetSnapshotResponse later = agency.getSnapshot(new GetSnapshot());
        List<String> ours = new ArrayList<>();
        long since = snapshot.getCursor();
        int pages = 0;
        GetAgencyChangesResponse page;
        do {
            GetAgencyChanges request = new GetAgencyChanges();
            request.setSince(since);
            request.setLimit(1);
            page = agency.getAgencyChanges(request);
            pages++;
            assertThat(page.getEvent()).hasSizeLessThanOrEqualTo(1);
            for (DirectoryEvent e : page.getEvent()) {
                assertThat(e.getSeq()).as("events come in order").isGreaterThan(since);
                if (e.getSeq() <= later.getCursor()) {
                    copy.put(e.getCode(), state(e));
                }
                if (e.getCode().equals(code)) {
                    ours.add(e.getKind() + " " + e.getName());
                }
                since = e.getSeq();
            }
            assertThat(page.getNextCursor()).as("the cursor to continue from").isEqualTo(since);
        } while (page.isMore());

        assertThat(ours).containsExactly(ChangeKind.ADDED + " Sở Nội vụ", ChangeKind.RENAMED + " Sở Nội vụ tỉnh Đồng Tháp",
                ChangeKind.DEACTIVATED + " Sở Nội vụ tỉnh Đồng Tháp");
        assertThat(pages).as("one event per page").isGreaterThanOrEqualTo(3);
        assertThat(page.getNextCursor()).isEqualTo(page.getLatest());

        Map<String, String> expected = new HashMap<>();
        later.getAgency().forEach(a -> expected.put(a.getCode(), state(a)));
        assertThat(copy).isEqualTo(expected);
        assertThat(copy.get(code)).isEqualTo("Sở Nội vụ tỉnh Đồng Tháp|" + PROVINCE + "|false|");

        GetAgencyChanges caughtUp = new GetAgencyChanges();
        caughtUp.setSince(page.getNextCursor());
        GetAgencyChangesResponse nothing = agency.getAgencyChanges(caughtUp);
        assertThat(nothing.isMore()).isFalse();
        assertThat(nothing.getNextCursor()).isGreaterThanOrEqualTo(page.getNextCursor());
    }

    @Test
    void administratorsReadTheDirectoryAndNobodyElseWithoutSigningIn() throws HubFault {
        Directory administrator = SoapHub.directoryAsAdministrator();
        GetAgencyChanges request = new GetAgencyChanges();
        request.setLimit(5);
        assertThat(administrator.getAgencyChanges(request).getEvent()).hasSize(5);
        assertThat(administrator.getSnapshot(new GetSnapshot()).getAgency()).isNotEmpty();

        assertThat(httpRefusalOf(() -> SoapHub.directory(null, null).getAgencyChanges(request))).isEqualTo(401);
        assertThat(httpRefusalOf(() -> SoapHub.directory("000.00.14.H20", "wrong-secret").getAgencies(new GetAgencies())))
                .isEqualTo(401);
    }

    @Test
    void badArgumentsAreFaultsNamingTheArgument() {
        GetAgencyChanges negative = new GetAgencyChanges();
        negative.setSince(-1L);
        HubFaultDetail since = faultOf(() -> agency.getAgencyChanges(negative));
        assertThat(since.getCode()).isEqualTo("INVALID_REQUEST");
        assertThat(since.getElement()).isEqualTo("since");
        assertThat(since.getStatus()).isEqualTo(400);

        GetAgencyChanges zero = new GetAgencyChanges();
        zero.setLimit(0);
        assertThat(faultOf(() -> agency.getAgencyChanges(zero)).getElement()).isEqualTo("limit");

        GetAgencies badParent = new GetAgencies();
        badParent.setParent("12.3.H41");
        HubFaultDetail parent = faultOf(() -> agency.getAgencies(badParent));
        HubResponse rest = Hub.as("000.00.14.H20").get("/api/v1/agencies?parent=12.3.H41");
        assertThat(parent.getCode()).isEqualTo("INVALID_AGENCY_CODE").isEqualTo(rest.problemCode());

        GetAgencies farPage = new GetAgencies();
        farPage.setPage(Integer.MAX_VALUE);
        HubFaultDetail far = faultOf(() -> agency.getAgencies(farPage));
        assertThat(far.getCode()).as("a page number that would overflow the offset").isEqualTo("INVALID_REQUEST");
        assertThat(far.getElement()).isEqualTo("page");
    }

    private static String state(Agency a) {
        return a.getName() + "|" + nullToEmpty(a.getParentCode()) + "|" + a.isActive() + "|" + nullToEmpty(a.getSuccessorCode());
    }

    private static String state(DirectoryEvent e) {
        return e.getName() + "|" + nullToEmpty(e.getParentCode()) + "|" + e.isActive() + "|" + nullToEmpty(e.getSuccessorCode());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A level-2 code under the province that no earlier run used: 000.00.NNN.H20 with NNN from 100 to 999. */
    private String freeCode() {
        Set<String> tried = new HashSet<>();
        while (tried.size() < 50) {
            String code = "000.00." + (100 + RANDOM.nextInt(900)) + ".H20";
            if (tried.add(code) && admin.get("/api/v1/agencies/" + code).status() == 404) {
                return code;
            }
        }
        throw new IllegalStateException("no free code found");
    }

    private static void created(HubResponse response) {
        assertThat(response.status()).as("answered %s", response).isEqualTo(201);
    }

    private static void ok(HubResponse response) {
        assertThat(response.status()).as("answered %s", response).isEqualTo(200);
    }
}
