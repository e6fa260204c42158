package vn.lienthong.web.soap;

import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.batch.Refusal;
import vn.lienthong.web.problem.ProblemCatalog;
import vn.lienthong.web.problem.RefusalLog;
import vn.lienthong.web.problem.UnexpectedErrorMapper;
import vn.lienthong.web.soap.v1.HubFault;
import vn.lienthong.web.soap.v1.HubFaultDetail;

import java.util.function.Supplier;

/**
 * The one place where refusals become SOAP faults. The fault detail carries the code, titles and
 * messages of the REST problem document for the same refusal (same {@link ProblemCatalog}), so a
 * client written against either binding switches on the same codes.
 */
public final class SoapFaults {

    private SoapFaults() {
    }

    /** Runs a service call, answering a refusal as the {@code hubFault} fault. */
    public static <T> T answer(Supplier<T> call) throws HubFault {
        try {
            return call.get();
        } catch (BusinessException e) {
            RefusalLog.refused(e, "SOAP call");
            throw of(e);
        } catch (RuntimeException e) {
            if (UnexpectedErrorMapper.dependencyUnavailable(e)) {
                throw of("UNAVAILABLE",
                        "The hub cannot serve this right now: the database or the message broker is unreachable. Try again in "
                                + UnexpectedErrorMapper.RETRY_AFTER_SECONDS + " s",
                        "Trục tạm thời không phục vụ được: không kết nối được cơ sở dữ liệu hoặc máy chủ thông điệp. Vui lòng thử lại sau "
                                + UnexpectedErrorMapper.RETRY_AFTER_SECONDS + " giây", null);
            }
            throw e;
        }
    }

    public static HubFault of(BusinessException e) {
        return of(e.code(), e.messageEn(), e.messageVi(), e.element().orElse(null));
    }

    public static HubFault of(String code, String detailEn, String detailVi, String element) {
        return new HubFault(code + ": " + detailEn, detail(code, detailEn, detailVi, element));
    }

    /** One refused item of a batch call: the detail the same refusal's fault would carry. */
    public static HubFaultDetail detail(Refusal refusal) {
        return detail(refusal.code(), refusal.messageEn(), refusal.messageVi(), refusal.element());
    }

    private static HubFaultDetail detail(String code, String detailEn, String detailVi, String element) {
        ProblemCatalog.Entry entry = ProblemCatalog.of(code);
        HubFaultDetail detail = new HubFaultDetail();
        detail.setCode(code);
        detail.setStatus(entry.status());
        detail.setTitle(entry.titleEn());
        detail.setTitleVi(entry.titleVi());
        detail.setDetail(detailEn);
        detail.setDetailVi(detailVi);
        detail.setElement(element);
        return detail;
    }
}
