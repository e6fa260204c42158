package vn.lienthong.reporting.value;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a figure sits: an indicator, and for a table indicator its row and column. A scalar
 * indicator's cell has empty row and column. Free-row tables number their rows from 1.
 */
public record Cell(String indicator, String row, String column) implements Comparable<Cell> {

    private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::indicator)
            .thenComparing(Cell::row).thenComparing(Cell::column);

    public Cell {
        Objects.requireNonNull(indicator, "indicator");
        row = row == null ? "" : row;
        column = column == null ? "" : column;
    }

    public static Cell of(String indicator) {
        return new Cell(indicator, "", "");
    }

    public static Cell of(String indicator, String row, String column) {
        return new Cell(indicator, row, column);
    }

    public boolean scalar() {
        return row.isEmpty() && column.isEmpty();
    }

    /** How messages and problem documents name the cell: {@code CT01}, {@code CT04[R1][C2]}. */
    public String path() {
        return scalar() ? indicator : indicator + "[" + row + "][" + column + "]";
    }

    @Override
    public int compareTo(Cell other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return path();
    }
}
