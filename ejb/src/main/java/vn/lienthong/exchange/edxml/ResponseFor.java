package vn.lienthong.exchange.edxml;

import java.time.LocalDate;

/** A document this one answers, or (in a status package) the document the status is about. */
public record ResponseFor(String organId, String code, LocalDate promulgationDate, String documentId) {
}
