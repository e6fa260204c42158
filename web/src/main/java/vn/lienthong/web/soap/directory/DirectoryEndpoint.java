package vn.lienthong.web.soap.directory;

import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyFilter;
import vn.lienthong.directory.agency.AgencyView;
import vn.lienthong.directory.agency.DirectoryService;
import vn.lienthong.directory.change.DirectoryChangePage;
import vn.lienthong.directory.change.DirectoryChanges;
import vn.lienthong.directory.change.DirectoryEventView;
import vn.lienthong.directory.change.DirectorySnapshot;
import vn.lienthong.platform.paging.Page;
import vn.lienthong.platform.paging.PageRequest;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.web.soap.SoapFaults;
import vn.lienthong.web.soap.SoapTimes;
import vn.lienthong.web.soap.v1.ChangeKind;
import vn.lienthong.web.soap.v1.Directory;
import vn.lienthong.web.soap.v1.GetAgencies;
import vn.lienthong.web.soap.v1.GetAgenciesResponse;
import vn.lienthong.web.soap.v1.GetAgencyChanges;
import vn.lienthong.web.soap.v1.GetAgencyChangesResponse;
import vn.lienthong.web.soap.v1.GetSnapshot;
import vn.lienthong.web.soap.v1.GetSnapshotResponse;
import vn.lienthong.web.soap.v1.HubFault;

import java.util.Optional;

/**
 * The agency directory over SOAP ({@code /soap/v1/directory}, mapped in web.xml), read by agencies
 * and administrators alike: the same services as {@code /api/v1/agencies} and
 * {@code /api/v1/directory}. A client keeps a copy with one snapshot, then changes since its cursor.
 */
@WebService(serviceName = "DirectoryService", portName = "DirectoryPort", targetNamespace = "urn:lienthong:soap:v1",
        endpointInterface = "vn.lienthong.web.soap.v1.Directory", wsdlLocation = "WEB-INF/wsdl/lienthong-v1.wsdl")
public class DirectoryEndpoint implements Directory {

    @EJB
    DirectoryService directory;

    @EJB
    DirectoryChanges changes;

    @Override
    public GetAgenciesResponse getAgencies(GetAgencies request) throws HubFault {
        Page<AgencyView> page = SoapFaults.answer(() -> directory.listAgencies(new AgencyFilter(
                        Optional.ofNullable(request.getParent()).filter(p -> !p.isBlank()).map(AgencyCode::of),
                        Optional.ofNullable(request.getLevel()), Boolean.TRUE.equals(request.isActiveOnly())),
                PageRequest.of(request.getPage(), request.getSize())));
        GetAgenciesResponse response = new GetAgenciesResponse();
        page.items().forEach(agency -> response.getAgency().add(agency(agency)));
        response.setPage(page.page());
        response.setSize(page.size());
        response.setTotal(page.total());
        return response;
    }

    @Override
    public GetAgencyChangesResponse getAgencyChanges(GetAgencyChanges request) throws HubFault {
        long since = request.getSince() == null ? 0 : request.getSince();
        DirectoryChangePage page = SoapFaults.answer(() -> changes.since(since, Slice.limit(request.getLimit())));
        GetAgencyChangesResponse response = new GetAgencyChangesResponse();
        page.events().forEach(event -> response.getEvent().add(event(event)));
        response.setNextCursor(page.nextCursor());
        response.setLatest(page.latest());
        response.setMore(page.more());
        return response;
    }

    @Override
    public GetSnapshotResponse getSnapshot(GetSnapshot request) throws HubFault {
        DirectorySnapshot snapshot = SoapFaults.answer(changes::snapshot);
        GetSnapshotResponse response = new GetSnapshotResponse();
        response.setCursor(snapshot.cursor());
        response.setTakenAt(SoapTimes.of(snapshot.takenAt()));
        snapshot.agencies().forEach(agency -> response.getAgency().add(agency(agency)));
        return response;
    }

    private static String value(AgencyCode code) {
        return code == null ? null : code.value();
    }

    private static vn.lienthong.web.soap.v1.Agency agency(AgencyView a) {
        vn.lienthong.web.soap.v1.Agency agency = new vn.lienthong.web.soap.v1.Agency();
        agency.setCode(a.code().value());
        agency.setName(a.name());
        agency.setParentCode(value(a.parent()));
        agency.setLevel(a.level());
        agency.setActive(a.active());
        agency.setUpdatedAt(SoapTimes.of(a.updatedAt()));
        agency.setSuccessorCode(value(a.successor()));
        agency.setRetiredAt(SoapTimes.of(a.retiredAt()));
        return agency;
    }

    private static vn.lienthong.web.soap.v1.DirectoryEvent event(DirectoryEventView e) {
        vn.lienthong.web.soap.v1.DirectoryEvent event = new vn.lienthong.web.soap.v1.DirectoryEvent();
        event.setSeq(e.seq());
        event.setKind(ChangeKind.fromValue(e.kind().name()));
        event.setCode(e.agency().value());
        event.setName(e.name());
        event.setParentCode(value(e.parent()));
        event.setLevel(e.level());
        event.setActive(e.active());
        event.setSuccessorCode(value(e.successor()));
        event.setOccurredAt(SoapTimes.of(e.occurredAt()));
        event.setReason(e.reason());
        return event;
    }
}
