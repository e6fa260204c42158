package vn.lienthong.procedure.dossier;

import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.text.Texts;

import java.util.List;

/** A dossier as the one-stop counter or the online service takes it in. */
public record IntakeRequest(String procedureCode, Channel channel, Applicant applicant, String summary,
                            List<SubmittedPaper> papers, String officer) {

    public IntakeRequest {
        procedureCode = Texts.required(procedureCode, "procedureCode", 40);
        if (channel == null) {
            throw new InvalidRequestException("channel", "channel is required (1 in person, 2 online, 3 postal)",
                    "Cần kênh nộp hồ sơ (1 trực tiếp, 2 trực tuyến, 3 bưu chính)");
        }
        if (applicant == null) {
            throw new InvalidRequestException("applicant", "applicant is required", "Cần thông tin chủ hồ sơ");
        }
        summary = Texts.optional(summary, "summary", 1000);
        papers = papers == null ? List.of() : List.copyOf(papers);
        officer = Texts.optional(officer, "officer", 200);
    }
}
