package vn.lienthong.procedure.feedback;

import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.text.Texts;

/**
 * Who sent the feedback and how to reach them: personal data, seen by the responsible agency and the
 * administrators only, never published nor sent to the portal. A name and an e-mail address or a
 * telephone number are required, so that the agency can answer.
 */
public record FeedbackSender(String name, String email, String phone, String address) {

    public FeedbackSender {
        name = Texts.required(name, "sender.name", 200);
        email = Texts.optional(email, "sender.email", 200);
        phone = Texts.optional(phone, "sender.phone", 40);
        address = Texts.optional(address, "sender.address", 500);
        if (email == null && phone == null) {
            throw new InvalidRequestException("sender", "An e-mail address or a telephone number is required",
                    "Cần địa chỉ thư điện tử hoặc số điện thoại để cơ quan trả lời");
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidRequestException("sender.email", "sender.email is not an e-mail address",
                    "sender.email không phải địa chỉ thư điện tử");
        }
        if (phone != null && !phone.matches("\\+?[0-9 .()-]{6,40}")) {
            throw new InvalidRequestException("sender.phone", "sender.phone is not a telephone number",
                    "sender.phone không phải số điện thoại");
        }
    }
}
