package vn.lienthong.reporting.regime;

import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.reporting.Text;

/** A declared row of a table indicator (a breakdown category, phân tổ). */
public record TableRow(String code, Text name) {

    public TableRow {
        Indicator.checkKey(code, "code");
        if (name == null) {
            throw new InvalidRegimeException("name", "A row needs a name", "Dòng cần tên");
        }
    }
}
