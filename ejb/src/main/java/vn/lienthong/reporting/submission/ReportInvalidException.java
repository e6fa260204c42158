package vn.lienthong.reporting.submission;

import vn.lienthong.platform.BusinessException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A report whose figures do not fit its regime version: an unknown or missing indicator, a wrong
 * type or unit, a figure out of range, a table of the wrong shape, a computed figure changed
 * without a reason. Names the first indicator at fault and lists every problem found.
 */
public class ReportInvalidException extends BusinessException {

    private static final int LISTED = 20;

    private final transient List<ReportProblem> problems;

    public ReportInvalidException(List<ReportProblem> problems) {
        super("REPORT_INVALID", join(problems, true), join(problems, false), problems.get(0).element());
        this.problems = List.copyOf(problems);
    }

    public List<ReportProblem> problems() {
        return problems;
    }

    private static String join(List<ReportProblem> problems, boolean english) {
        String listed = problems.stream().limit(LISTED)
                .map(p -> p.element() + ": " + (english ? p.messageEn() : p.messageVi()))
                .collect(Collectors.joining("; "));
        String more = problems.size() > LISTED ? (english ? "; and " : "; và ") + (problems.size() - LISTED)
                + (english ? " more" : " lỗi khác") : "";
        return (english ? "The report does not fit its regime: " : "Báo cáo không đúng chế độ báo cáo: ") + listed + more;
    }
}
