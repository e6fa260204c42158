package vn.lienthong.reporting.submission;

import vn.lienthong.platform.BusinessException;

/** The regime requires a signed report: it comes as a document package whose signature the hub verified VALID. */
public class ReportSignatureRequiredException extends BusinessException {

    public ReportSignatureRequiredException(String regime) {
        super("REPORT_SIGNATURE_REQUIRED", "Regime " + regime + " requires a digitally signed report: send it as a signed edXML "
                        + "document package through the axis, with the report attachment (docs/reporting.md)",
                "Chế độ báo cáo " + regime + " yêu cầu báo cáo có chữ ký số: hãy gửi qua Trục dưới dạng gói tin edXML có chữ ký số, "
                        + "kèm tệp số liệu báo cáo (docs/reporting.md)");
    }
}
