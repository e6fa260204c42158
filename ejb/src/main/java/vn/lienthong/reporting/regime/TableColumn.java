package vn.lienthong.reporting.regime;

import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.reporting.Text;

/** A column of a table indicator: numbers of a type, or texts (never aggregated). */
public record TableColumn(String code, Text name, IndicatorType type) {

    public TableColumn {
        Indicator.checkKey(code, "code");
        if (name == null) {
            throw new InvalidRegimeException("name", "A column needs a name", "Cột cần tên");
        }
        if (type == null || type == IndicatorType.TABLE) {
            throw new InvalidRegimeException("type", "A column is INTEGER, DECIMAL, PERCENT or TEXT",
                    "Cột có kiểu INTEGER, DECIMAL, PERCENT hoặc TEXT");
        }
    }
}
