package vn.lienthong.web.rest.procedure.statistics;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.procedure.statistics.DossierStatistics;
import vn.lienthong.procedure.statistics.InvalidPeriodException;
import vn.lienthong.procedure.statistics.NotYourStatisticsException;
import vn.lienthong.procedure.statistics.ReportingPeriod;
import vn.lienthong.procedure.statistics.StatisticsGrouping;
import vn.lienthong.web.rest.Callers;
import vn.lienthong.web.security.HubAuthenticationMechanism;

import java.util.Optional;

/**
 * The one-stop counts and on-time rate: {@code GET /api/v1/statistics/dossiers}. An agency reads
 * its own figures; administrators read every agency's (web.xml lets both roles in).
 */
@Path("v1/statistics/dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class DossierStatisticsResource {

    @EJB
    DossierStatistics statistics;

    @GET
    public StatisticsJson report(@QueryParam("period") String period, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("agency") String agency,
                                 @QueryParam("procedure") String procedure, @QueryParam("groupBy") String groupBy,
                                 @Context SecurityContext security) {
        StatisticsGrouping grouping = groupBy == null ? StatisticsGrouping.AGENCY
                : StatisticsGrouping.ofParameter(groupBy).orElseThrow(() -> new InvalidRequestException("groupBy",
                        "groupBy is 'agency' or 'procedure', not '" + groupBy + "'",
                        "groupBy là 'agency' hoặc 'procedure', không phải '" + groupBy + "'"));
        Optional<AgencyCode> asked = Optional.ofNullable(agency).filter(a -> !a.isBlank()).map(AgencyCode::of);
        Optional<AgencyCode> of = asked;
        if (!security.isUserInRole(HubAuthenticationMechanism.ADMINISTRATOR_ROLE)) {
            AgencyCode caller = Callers.agency(security);
            if (asked.isPresent() && !asked.get().equals(caller)) {
                throw new NotYourStatisticsException(asked.get().value(), caller.value());
            }
            of = Optional.of(caller);
        }
        return StatisticsJson.of(statistics.report(period(period, from, to), grouping, of,
                Optional.ofNullable(procedure).filter(p -> !p.isBlank())));
    }

    private static ReportingPeriod period(String period, String from, String to) {
        if (period != null && from == null && to == null) {
            return ReportingPeriod.parse(period);
        }
        if (period == null && from != null && to != null) {
            return ReportingPeriod.between(from, to);
        }
        throw new InvalidPeriodException("Give either period (2026, 2026-07, 2026-Q3, 2026-H1) or both from and to",
                "Cần tham số period (2026, 2026-07, 2026-Q3, 2026-H1) hoặc cả from và to");
    }
}
