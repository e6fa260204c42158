package vn.lienthong.procedure.dossier;

import vn.lienthong.platform.text.Texts;

/** The applicant (chủ hồ sơ): a citizen or an organisation. Only the name is required. */
public record Applicant(String name, String idNumber, String kind, String email, String phone) {

    public Applicant {
        name = Texts.required(name, "applicant.name", 200);
        idNumber = Texts.optional(idNumber, "applicant.idNumber", 40);
        kind = Texts.optional(kind, "applicant.kind", 20);
        email = Texts.optional(email, "applicant.email", 200);
        phone = Texts.optional(phone, "applicant.phone", 40);
    }
}
