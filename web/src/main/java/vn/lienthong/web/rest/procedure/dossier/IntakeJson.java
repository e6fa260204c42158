package vn.lienthong.web.rest.procedure.dossier;

import java.util.List;

/** A dossier taken in: {@code channel} 1 in person, 2 online, 3 postal; paper files as base64. */
public record IntakeJson(String procedureCode, Integer channel, ApplicantJson applicant, String summary,
                         List<PaperJson> papers, String officer) {

    public record ApplicantJson(String name, String idNumber, String kind, String email, String phone) {
    }

    public record PaperJson(String name, String fileName, String mediaType, String content) {
    }
}
