package vn.lienthong.it.procedure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.io.StringReader;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.procedure.Procedures.FINANCE;
import static vn.lienthong.it.procedure.Procedures.actOk;
import static vn.lienthong.it.procedure.Procedures.intake;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/** An agency's work list of the dossiers it received, and the download of a dossier's papers. */
class DossierWorkListIT {

    private static final String UNINVOLVED = "000.00.00.G22";
    /** Sở Tư pháp tỉnh Đồng Tháp: receives no dossiers in the other tests, so its work list stays short. */
    private static final String JUSTICE = "000.00.03.H20";

    private final String procedure = Procedures.defineLandProcedure(JUSTICE);

    @Test
    void theWorkListHoldsTheDossiersTheAgencyReceivedByStateAndNobodyElses() {
        String online = intake(JUSTICE, procedure, 2).getString("code");
        String atCounter = intake(JUSTICE, procedure, 1).getString("code");

        List<JsonObject> registered = list(JUSTICE, "?state=REGISTERED&limit=500");
        assertThat(registered).extracting(d -> d.getString("code")).contains(online).doesNotContain(atCounter);
        List<JsonObject> received = list(JUSTICE, "?state=received&limit=500");
        JsonObject line = received.stream().filter(d -> d.getString("code").equals(atCounter)).findFirst().orElseThrow();
        assertThat(line.getString("applicantName")).isEqualTo("Trần Thị Bình");
        assertThat(line.getBoolean("overdue")).isFalse();
        assertThat(line.getInt("nationalStatus")).isEqualTo(2);
        // Due in five working days: not overdue.
        assertThat(list(JUSTICE, "?overdue=true&limit=500")).extracting(d -> d.getString("code")).doesNotContain(atCounter);

        actOk(JUSTICE, online, "accept", "{}");
        assertThat(list(JUSTICE, "?state=REGISTERED&limit=500")).extracting(d -> d.getString("code")).doesNotContain(online);
        assertThat(list(FINANCE, "?limit=500")).extracting(d -> d.getString("code")).doesNotContain(online, atCounter);

        HubResponse badState = Hub.as(JUSTICE).get("/api/v1/dossiers?state=DONE");
        assertRefused(badState, 400, "INVALID_REQUEST");
        assertThat(badState.json().getString("element")).isEqualTo("state");
        assertRefused(Hub.as(JUSTICE).get("/api/v1/dossiers?limit=0"), 400, "INVALID_REQUEST");
    }

    @Test
    void theAgenciesHandlingADossierDownloadItsPapersByteForByte() {
        String code = intake(JUSTICE, procedure, 1).getString("code");
        byte[] expected = Base64.getDecoder().decode("JVBERi0xLjQKJcOkw7zDtsOf");

        HubResponse paper = Hub.as(JUSTICE).get("/api/v1/dossiers/" + code + "/papers/1");
        assertThat(paper.status()).as("%s", paper).isEqualTo(200);
        assertThat(paper.body()).isEqualTo(expected);
        assertThat(paper.header("Content-Type")).startsWith("application/pdf");
        assertThat(paper.header("Content-Disposition")).contains("don.pdf");
        // The finance department owns a step of the procedure, so it handles the dossier too.
        assertThat(Hub.as(FINANCE).get("/api/v1/dossiers/" + code + "/papers/1").body()).isEqualTo(expected);

        assertRefused(Hub.as(UNINVOLVED).get("/api/v1/dossiers/" + code + "/papers/1"), 403, "NOT_YOUR_DOSSIER");
        assertRefused(Hub.as(JUSTICE).get("/api/v1/dossiers/" + code + "/papers/2"), 404, "UNKNOWN_PAPER");
        assertThat(Hub.anonymous().get("/api/v1/dossiers/" + code + "/papers/1").status()).isEqualTo(401);
    }

    private static List<JsonObject> list(String agency, String query) {
        HubResponse response = Hub.as(agency).get("/api/v1/dossiers" + query);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return Json.createReader(new StringReader(response.text())).readArray().stream()
                .map(JsonValue::asJsonObject).toList();
    }
}
