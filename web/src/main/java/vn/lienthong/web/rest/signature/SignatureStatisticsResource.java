package vn.lienthong.web.rest.signature;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.lienthong.signature.verification.SignatureStatistics;
import vn.lienthong.signature.verification.SignatureVerdicts;

import java.util.List;

/** How the axis's documents are signed, per sending agency: {@code GET /api/v1/signatures/statistics}. */
@Path("v1/signatures/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class SignatureStatisticsResource {

    @EJB
    SignatureVerdicts verdicts;

    public record AgencyStatisticsJson(String agency, long documents, long valid, long indeterminate, long unsigned,
                                       long invalid, double signedRatio, double validRatio, long hubSigned) {
        static AgencyStatisticsJson of(SignatureStatistics s) {
            return new AgencyStatisticsJson(s.agency().value(), s.documents(), s.valid(), s.indeterminate(), s.unsigned(),
                    s.invalid(), s.signedRatio(), s.validRatio(), s.hubSigned());
        }
    }

    public record StatisticsJson(List<AgencyStatisticsJson> agencies) {
    }

    @GET
    public StatisticsJson statistics() {
        return new StatisticsJson(verdicts.statistics().stream().map(AgencyStatisticsJson::of).toList());
    }
}
