package vn.lienthong.web.rest.directory;

import vn.lienthong.directory.change.DirectoryChanges;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyFilter;
import vn.lienthong.directory.agency.DirectoryService;
import vn.lienthong.platform.paging.Page;
import vn.lienthong.platform.paging.PageRequest;

import java.util.Optional;

/** The agency directory, read side: {@code /api/v1/agencies}. */
@Path("v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    @EJB
    DirectoryService directory;

    @EJB
    DirectoryChanges changes;

    @GET
    public AgencyPageJson list(@QueryParam("parent") String parent, @QueryParam("level") Integer level,
                               @QueryParam("active") Boolean activeOnly,
                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        AgencyFilter filter = new AgencyFilter(Optional.ofNullable(parent).filter(p -> !p.isBlank()).map(AgencyCode::of),
                Optional.ofNullable(level), Boolean.TRUE.equals(activeOnly));
        Page<AgencyJson> result = directory.listAgencies(filter, PageRequest.of(page, size)).map(AgencyJson::of);
        return new AgencyPageJson(result.items(), result.page(), result.size(), result.total());
    }

    @GET
    @Path("{code}")
    public AgencyJson get(@PathParam("code") String code) {
        return AgencyJson.of(directory.getAgency(AgencyCode.of(code)));
    }

    /** The agency's canonical names over time, the current one last. */
    @GET
    @Path("{code}/names")
    public List<AgencyNameJson> names(@PathParam("code") String code) {
        return directory.names(AgencyCode.of(code)).stream().map(AgencyNameJson::of).toList();
    }
}
