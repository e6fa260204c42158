package vn.lienthong.exchange.edxml;

import java.util.List;

/**
 * Further properties of a document: priority (độ khẩn), sphere of promulgation, typist's notation,
 * number of copies and pages, appendixes, and the {@code Direction} flag some senders add.
 */
public record OtherInfo(Integer priority, String sphereOfPromulgation, String typerNotation,
                        Integer promulgationAmount, Integer pageAmount, List<String> appendixes, String direction) {

    public OtherInfo {
        appendixes = appendixes == null ? List.of() : List.copyOf(appendixes);
    }
}
