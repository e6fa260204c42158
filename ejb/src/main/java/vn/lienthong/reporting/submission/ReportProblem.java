package vn.lienthong.reporting.submission;

/** One thing wrong with a report's figures, naming where: {@code values/CT04[R1][C2]}. */
public record ReportProblem(String element, String messageEn, String messageVi) {
}
