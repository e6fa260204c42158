package vn.lienthong.procedure.feedback;

import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.text.Texts;

import java.util.Optional;

/** A citizen's feedback as submitted, checked field by field. The dossier and the procedure are optional. */
public record FeedbackSubmission(FeedbackKind kind, String title, String content, String dossierCode,
                                 String procedureCode, FeedbackSender sender) {

    public FeedbackSubmission {
        if (kind == null) {
            throw new InvalidRequestException("kind", "kind is COMPLAINT (phản ánh) or PETITION (kiến nghị)",
                    "kind là COMPLAINT (phản ánh) hoặc PETITION (kiến nghị)");
        }
        title = Texts.required(title, "title", 300);
        content = Texts.required(content, "content", 4000);
        dossierCode = Texts.optional(dossierCode, "dossierCode", 60);
        procedureCode = Texts.optional(procedureCode, "procedureCode", 40);
        if (sender == null) {
            throw new InvalidRequestException("sender", "sender (name and e-mail or telephone) is required",
                    "Cần thông tin người gửi (họ tên và thư điện tử hoặc số điện thoại)");
        }
    }

    public Optional<String> dossier() {
        return Optional.ofNullable(dossierCode);
    }

    public Optional<String> procedure() {
        return Optional.ofNullable(procedureCode);
    }
}
