package vn.lienthong.web.rest.procedure.dossier;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.paging.PageRequest;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.procedure.dossier.ActionRequest;
import vn.lienthong.procedure.dossier.Applicant;
import vn.lienthong.procedure.dossier.Channel;
import vn.lienthong.procedure.dossier.DossierAction;
import vn.lienthong.procedure.dossier.DossierEventView;
import vn.lienthong.procedure.dossier.DossierService;
import vn.lienthong.procedure.dossier.DossierState;
import vn.lienthong.procedure.dossier.DossierSummaryView;
import vn.lienthong.procedure.dossier.DossierView;
import vn.lienthong.procedure.dossier.IntakeRequest;
import vn.lienthong.procedure.dossier.PaperFile;
import vn.lienthong.procedure.dossier.SubmittedPaper;
import vn.lienthong.web.limit.BodyLimit;
import vn.lienthong.web.rest.Callers;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Agencies take in and process dossiers, list their work and fetch papers: {@code /api/v1/dossiers}. */
@Path("v1/dossiers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    @EJB
    DossierService dossiers;

    /** Papers come as base64 in the body: up to three of the largest a paper may be (10 MiB) fit. */
    @POST
    @BodyLimit(variable = "lienthong.limit.intake-body", defaultBytes = 40L * 1024 * 1024)
    public Response intake(IntakeJson body, @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidRequestException("body", "A JSON body is required", "Cần nội dung JSON");
        }
        AgencyCode unit = Callers.agency(security);
        DossierView dossier = dossiers.intake(unit, toRequest(body), unit.value());
        return Response.created(URI.create("/api/v1/dossiers/" + dossier.code())).entity(dossier).build();
    }

    /**
     * The signed-in agency's work list: the dossiers it received, oldest first; {@code state} and
     * {@code overdue=true} narrow it.
     */
    @GET
    public List<DossierSummaryView> workList(@QueryParam("state") String state, @QueryParam("overdue") boolean overdue,
                                             @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset,
                                             @Context SecurityContext security) {
        Optional<DossierState> filter = Optional.ofNullable(state).filter(s -> !s.isBlank()).map(s -> {
            try {
                return DossierState.valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("state", "No dossier state " + s, "Không có trạng thái hồ sơ " + s);
            }
        });
        return dossiers.workList(Callers.agency(security), filter, overdue, Slice.limit(limit), PageRequest.offset(offset));
    }

    /** The file of one paper (1-based position), for the agencies handling the dossier. */
    @GET
    @Path("{code}/papers/{position}")
    @Produces(MediaType.WILDCARD)
    public Response paper(@PathParam("code") String code, @PathParam("position") int position,
                          @Context SecurityContext security) {
        PaperFile paper = dossiers.paper(code, position, Callers.agency(security));
        return Response.ok(paper.content(), paper.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : paper.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(paper.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @GET
    @Path("{code}")
    public DossierView get(@PathParam("code") String code, @Context SecurityContext security) {
        return dossiers.get(code, Callers.agency(security));
    }

    @GET
    @Path("{code}/log")
    public List<DossierEventView> log(@PathParam("code") String code, @Context SecurityContext security) {
        return dossiers.log(code, Callers.agency(security));
    }

    /** {@code POST /dossiers/{code}/accept}, {@code .../complete-step}, {@code .../extend} ... */
    @POST
    @Path("{code}/{action}")
    public DossierView act(@PathParam("code") String code, @PathParam("action") String actionName, ActionJson body,
                           @Context SecurityContext security) {
        DossierAction action = DossierAction.ofPathName(actionName).orElseThrow(() -> new InvalidRequestException(
                "action", "No dossier action " + actionName, "Không có thao tác " + actionName + " trên hồ sơ"));
        ActionRequest request = body == null ? ActionRequest.empty()
                : new ActionRequest(body.reason(), body.apology(), body.units(), body.note(), body.officer());
        AgencyCode caller = Callers.agency(security);
        return dossiers.act(code, action, request, caller, caller.value());
    }

    private static IntakeRequest toRequest(IntakeJson body) {
        Channel channel;
        try {
            channel = body.channel() == null ? null : Channel.ofNationalCode(body.channel());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("channel", "channel is 1 (in person), 2 (online) or 3 (postal)",
                    "Kênh nộp là 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính)");
        }
        IntakeJson.ApplicantJson a = body.applicant();
        Applicant applicant = a == null ? null : new Applicant(a.name(), a.idNumber(), a.kind(), a.email(), a.phone());
        List<SubmittedPaper> papers = body.papers() == null ? List.of() : body.papers().stream()
                .map(p -> new SubmittedPaper(p.name(), p.fileName(), p.mediaType(), decode(p.content()))).toList();
        return new IntakeRequest(body.procedureCode(), channel, applicant, body.summary(), papers, body.officer());
    }

    private static byte[] decode(String base64) {
        if (base64 == null || base64.isEmpty()) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("papers.content", "A paper's content is not base64",
                    "Nội dung tệp đính kèm không phải base64");
        }
    }
}
