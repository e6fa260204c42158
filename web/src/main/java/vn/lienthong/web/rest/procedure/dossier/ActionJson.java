package vn.lienthong.web.rest.procedure.dossier;

/** The body of a dossier action; which fields are needed depends on the action (docs/api.md). */
public record ActionJson(String reason, String apology, Integer units, String note, String officer) {
}
