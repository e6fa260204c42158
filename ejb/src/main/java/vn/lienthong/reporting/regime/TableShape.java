package vn.lienthong.reporting.regime;

import vn.lienthong.reporting.InvalidRegimeException;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of a table indicator: its columns, and either declared rows (every cell required,
 * aggregated cell by cell) or free rows (a list of up to {@code maxRows} entries, not aggregated).
 */
public record TableShape(List<TableRow> rows, List<TableColumn> columns, int maxRows) {

    public static final int MAX_ROWS = 1000;

    public TableShape {
        rows = List.copyOf(rows == null ? List.of() : rows);
        columns = List.copyOf(columns == null ? List.of() : columns);
        if (columns.isEmpty()) {
            throw new InvalidRegimeException("columns", "A table needs at least one column", "Bảng cần ít nhất một cột");
        }
        unique(rows.stream().map(TableRow::code).toList(), "rows");
        unique(columns.stream().map(TableColumn::code).toList(), "columns");
        if (!rows.isEmpty()) {
            maxRows = rows.size();
        } else if (maxRows < 1 || maxRows > MAX_ROWS) {
            throw new InvalidRegimeException("maxRows", "A list table holds 1 to " + MAX_ROWS + " rows",
                    "Bảng danh sách có từ 1 đến " + MAX_ROWS + " dòng");
        }
    }

    private static void unique(List<String> codes, String field) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                throw new InvalidRegimeException(field, "'" + code + "' appears twice", "'" + code + "' xuất hiện hai lần");
            }
        }
    }

    public boolean freeRows() {
        return rows.isEmpty();
    }

    public Optional<TableColumn> column(String code) {
        return columns.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public boolean hasRow(String code) {
        return rows.stream().anyMatch(r -> r.code().equals(code));
    }
}
