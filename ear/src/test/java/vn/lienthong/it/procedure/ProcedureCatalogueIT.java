package vn.lienthong.it.procedure;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/** The procedure catalogue: administrators define it, anyone reads it. */
class ProcedureCatalogueIT {


    @Test
    void anyoneReadsTheSampleCatalogueWithoutSigningIn() {
        JsonObject page = Hub.anonymousGet("/api/v1/procedures?size=100").json();

        assertThat(page.getInt("total")).isGreaterThanOrEqualTo(10);
        JsonObject land = Hub.anonymousGet("/api/v1/procedures/1.004227").json();
        assertThat(land.getString("fieldName")).isEqualTo("Đất đai");
        assertThat(land.getJsonArray("steps").getJsonObject(1).getString("owner")).isEqualTo("000.00.05.H20");
        assertThat(land.getJsonObject("processingTime").getString("unit")).isEqualTo("WORKING_DAYS");
    }

    @Test
    void catalogueFiltersByHandlingAgency() {
        JsonObject page = Hub.anonymousGet("/api/v1/procedures?agency=000.00.14.H20").json();

        assertThat(page.getJsonArray("items")).isNotEmpty().allSatisfy(p ->
                assertThat(p.asJsonObject().getJsonArray("handlingAgencies").getString(0)).isEqualTo("000.00.14.H20"));
    }

    @Test
    void administratorDefinesRedefinesAndWithdrawsAProcedure() {
        String code = Procedures.uniqueCode();
        HubResponse created = Hub.admin().postJson("/api/v1/admin/procedures",
                Procedures.landProcedureJson(code, Procedures.LAND_OFFICE));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/procedures/" + code);

        HubResponse replaced = Hub.admin().putJson("/api/v1/admin/procedures/" + code,
                Procedures.landProcedureJson(code, Procedures.LAND_OFFICE).replace("\"amount\": 5", "\"amount\": 7"));
        assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
        assertThat(Hub.anonymousGet("/api/v1/procedures/" + code).json()
                .getJsonObject("processingTime").getInt("amount")).isEqualTo(7);

        assertThat(Hub.admin().postJson("/api/v1/admin/procedures/" + code + "/withdraw", "{}").status()).isEqualTo(200);
        assertRefused(Hub.anonymousGet("/api/v1/procedures/" + code), 404, "UNKNOWN_PROCEDURE");
    }

    @Test
    void agenciesCannotChangeTheCatalogue() {
        HubResponse response = Hub.as(Procedures.LAND_OFFICE).postJson("/api/v1/admin/procedures",
                Procedures.landProcedureJson(Procedures.uniqueCode(), Procedures.LAND_OFFICE));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void refusesAProcedureNamingAnUnknownAgencyAndStoresNothing() {
        String code = Procedures.uniqueCode();
        HubResponse response = Hub.admin().postJson("/api/v1/admin/procedures",
                Procedures.landProcedureJson(code, "000.00.77.H20"));

        assertRefused(response, 404, "UNKNOWN_AGENCY");
        assertRefused(Hub.anonymousGet("/api/v1/procedures/" + code), 404, "UNKNOWN_PROCEDURE");
    }

    @Test
    void refusesAProcedureWithoutStepsNamingTheField() {
        String json = Procedures.landProcedureJson(Procedures.uniqueCode(), Procedures.LAND_OFFICE)
                .replaceAll("\"steps\": \\[[^]]*]", "\"steps\": []");
        HubResponse response = Hub.admin().postJson("/api/v1/admin/procedures", json);

        assertRefused(response, 400, "INVALID_REQUEST");
        assertThat(response.json().getString("element")).isEqualTo("steps");
    }

    @Test
    void refusesASecondProcedureWithTheSameCode() {
        String code = Procedures.defineLandProcedure(Procedures.LAND_OFFICE);
        assertRefused(Hub.admin().postJson("/api/v1/admin/procedures",
                Procedures.landProcedureJson(code, Procedures.LAND_OFFICE)), 409, "PROCEDURE_EXISTS");
    }
}
