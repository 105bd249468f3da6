package lu.econnector.template.entity;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Line items: the array at {@code arrayPointer} fills at most {@code maxRows} rows of the form.
 * Row {@code n} (1-based) of the form shows element {@code n-1} of the array, so that
 * {@code /acts/0/amount} lands in {@code act.1.amount}.
 */
public record RowGroup(String arrayPointer, int maxRows, List<FieldBinding> columns) {

    public static final String ROW_PLACEHOLDER = "{row}";

    public RowGroup {
        columns = List.copyOf(columns);
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1");
        }
    }

    /** The bindings of row {@code index} (0-based, the array index). */
    public List<FieldBinding> row(int index) {
        return columns.stream().map(c -> c.inRow(arrayPointer + "/" + index, index + 1)).toList();
    }

    /** Every field name of every row, for checking the form has them all. */
    public List<String> fieldNames() {
        return IntStream.range(0, maxRows).boxed().flatMap(i -> row(i).stream()).map(FieldBinding::field).toList();
    }
}
