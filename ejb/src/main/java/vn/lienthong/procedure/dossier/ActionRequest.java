package vn.lienthong.procedure.dossier;

import vn.lienthong.platform.text.Texts;

/**
 * What an officer says with an action: the reason (required for refusals, pauses, extensions,
 * withdrawal and stop), the apology letter of an extension, the units it adds, a note (the result
 * description when returning), and the officer's name for the log.
 */
public record ActionRequest(String reason, String apology, Integer units, String note, String officer) {

    public ActionRequest {
        reason = Texts.optional(reason, "reason", 2000);
        apology = Texts.optional(apology, "apology", 4000);
        note = Texts.optional(note, "note", 2000);
        officer = Texts.optional(officer, "officer", 200);
    }

    public static ActionRequest empty() {
        return new ActionRequest(null, null, null, null, null);
    }
}
