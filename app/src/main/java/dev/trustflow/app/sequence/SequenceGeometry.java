package dev.trustflow.app.sequence;

/**
 * Where things go in a sequence diagram of {@code columns} lifelines and {@code rows} events drawn
 * {@code width} wide: a gutter on the left for step numbers, lifelines evenly spaced in the rest, one row of
 * {@code rowHeight} per event below {@code top}. Pure arithmetic, so it is tested without a window.
 */
public record SequenceGeometry(double width, double gutter, double top, double rowHeight, int columns, int rows) {

    /** Space kept below the last row. */
    public static final double BOTTOM = 12;

    public SequenceGeometry {
        if (rowHeight <= 0) {
            throw new IllegalArgumentException("rowHeight must be positive: " + rowHeight);
        }
    }

    /** The distance between two neighbouring lifelines (the whole drawing width when there is one or none). */
    public double columnSpacing() {
        return Math.max(0, width - gutter) / Math.max(1, columns);
    }

    /** The x of lifeline {@code column}: the centre of its share of the width. */
    public double columnX(int column) {
        return gutter + (column + 0.5) * columnSpacing();
    }

    public double rowTop(int row) {
        return top + row * rowHeight;
    }

    public double rowCentre(int row) {
        return rowTop(row) + rowHeight / 2;
    }

    /** The height of the whole diagram, all rows included. */
    public double height() {
        return top + rows * rowHeight + BOTTOM;
    }

    /** The row at a y inside the diagram, or -1 above the first and below the last row. */
    public int rowAt(double y) {
        if (y < top) {
            return -1;
        }
        int row = (int) ((y - top) / rowHeight);
        return row < rows ? row : -1;
    }

    /**
     * Where a viewport {@code viewHeight} tall should start so that {@code row} (with {@code margin} rows
     * around it) is visible: unchanged when it already is, else scrolled as little as possible; never past
     * the ends of the diagram.
     */
    public double keepVisible(int row, double viewTop, double viewHeight, int margin) {
        double maxTop = Math.max(0, height() - viewHeight);
        if (row < 0) {
            return Math.min(Math.max(0, viewTop), maxTop);
        }
        double wantTop = rowTop(Math.max(0, row - margin));
        double wantBottom = rowTop(Math.min(rows, row + margin + 1));
        double next = viewTop;
        if (wantBottom - wantTop > viewHeight) {
            next = rowCentre(row) - viewHeight / 2;
        } else if (wantTop < viewTop) {
            next = wantTop;
        } else if (wantBottom > viewTop + viewHeight) {
            next = wantBottom - viewHeight;
        }
        return Math.min(Math.max(0, next), maxTop);
    }
}
