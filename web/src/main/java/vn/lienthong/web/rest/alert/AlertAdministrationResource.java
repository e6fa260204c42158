package vn.lienthong.web.rest.alert;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.alert.AlertService;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.web.rest.Callers;
import vn.lienthong.web.security.HubAuthenticationMechanism;

import java.util.List;

/**
 * Alerts for administrators: {@code GET /api/v1/admin/alerts} (active), {@code .../history},
 * {@code .../rules}, {@code .../rules/{code}} and {@code PUT .../rules/{code}} (threshold, enabled,
 * recipients). Role administrator in web.xml; AlertService checks again.
 */
@Path("v1/admin/alerts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AlertAdministrationResource {

    /** History entries when the request names no limit. */
    static final int DEFAULT_HISTORY = 100;

    @EJB
    AlertService alerts;

    @GET
    public List<AlertJson> active(@Context SecurityContext security) {
        return alerts.active(caller(security)).stream().map(AlertJson::of).toList();
    }

    @GET
    @Path("history")
    public List<AlertJson> history(@QueryParam("limit") Integer limit, @Context SecurityContext security) {
        return alerts.history(caller(security), limit == null ? DEFAULT_HISTORY : limit).stream().map(AlertJson::of).toList();
    }

    @GET
    @Path("rules")
    public List<AlertRuleJson> rules(@Context SecurityContext security) {
        return alerts.rules(caller(security)).stream().map(AlertRuleJson::of).toList();
    }

    @GET
    @Path("rules/{code}")
    public AlertRuleJson rule(@PathParam("code") String code, @Context SecurityContext security) {
        return AlertRuleJson.of(alerts.rule(caller(security), code));
    }

    /** Changes what the body names: {@code {"threshold": 5, "enabled": true, "recipients": ["ops@example.gov.vn"]}}. */
    @PUT
    @Path("rules/{code}")
    public AlertRuleJson change(@PathParam("code") String code, JsonObject body, @Context SecurityContext security) {
        return AlertRuleJson.of(alerts.change(caller(security), code, RuleChangeJson.read(body)));
    }

    private static Caller caller(SecurityContext security) {
        if (security.isUserInRole(HubAuthenticationMechanism.ADMINISTRATOR_ROLE)) {
            return Caller.administrator(security.getUserPrincipal().getName());
        }
        return Caller.agency(Callers.agency(security));
    }
}
