package vn.lienthong.exchange.edxml;

import java.time.LocalDate;

/** Where and when the document was issued (nơi, ngày ban hành). */
public record PromulgationInfo(String place, LocalDate date) {
}
