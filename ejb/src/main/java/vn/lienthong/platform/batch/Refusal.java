package vn.lienthong.platform.batch;

import vn.lienthong.platform.BusinessException;

import java.util.Objects;

/**
 * One item of a batch call that the hub turned down, as data: the code and messages its refusal
 * carries. A batch answers each item on its own, so one unknown document or one bad status
 * package does not stop the others; the web layer renders a refusal exactly as it renders the
 * same refusal of a single call (problem document, SOAP fault detail).
 */
public record Refusal(String code, String messageEn, String messageVi, String element) {

    public Refusal {
        Objects.requireNonNull(code);
        Objects.requireNonNull(messageEn);
        Objects.requireNonNull(messageVi);
    }

    public static Refusal of(BusinessException e) {
        return new Refusal(e.code(), e.messageEn(), e.messageVi(), e.element().orElse(null));
    }
}
