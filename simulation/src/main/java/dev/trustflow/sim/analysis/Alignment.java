package dev.trustflow.sim.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines up two runs step by step. The common beginning and end pair one to one; in between, a longest common
 * subsequence of {@link EventKey}s pairs the events both runs share, and the events in each gap between two
 * shared ones pair up in order (a changed step) until one side runs out (steps on one side only). Past
 * {@link #MAX_CELLS} the middle is paired index by index instead, so a huge trace costs linear memory.
 */
public final class Alignment {

    /** The largest middle (left × right events) aligned by common subsequence. */
    public static final long MAX_CELLS = 2_000_000;

    private Alignment() {
    }

    public static List<AlignedStep> align(List<EventKey> left, List<EventKey> right) {
        int n = left.size();
        int m = right.size();
        int prefix = 0;
        while (prefix < n && prefix < m && left.get(prefix).equals(right.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix
                && left.get(n - 1 - suffix).equals(right.get(m - 1 - suffix))) {
            suffix++;
        }
        List<AlignedStep> steps = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            steps.add(new AlignedStep(i, i, true));
        }
        List<EventKey> midLeft = left.subList(prefix, n - suffix);
        List<EventKey> midRight = right.subList(prefix, m - suffix);
        if ((long) midLeft.size() * midRight.size() > MAX_CELLS) {
            byIndex(midLeft, midRight, prefix, steps);
        } else {
            byCommonSubsequence(midLeft, midRight, prefix, steps);
        }
        for (int i = suffix; i > 0; i--) {
            steps.add(new AlignedStep(n - i, m - i, true));
        }
        return List.copyOf(steps);
    }

    private static void byIndex(List<EventKey> left, List<EventKey> right, int offset, List<AlignedStep> steps) {
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            boolean hasLeft = i < left.size();
            boolean hasRight = i < right.size();
            steps.add(new AlignedStep(hasLeft ? offset + i : -1, hasRight ? offset + i : -1,
                    hasLeft && hasRight && left.get(i).equals(right.get(i))));
        }
    }

    private static void byCommonSubsequence(List<EventKey> left, List<EventKey> right, int offset,
                                            List<AlignedStep> steps) {
        int n = left.size();
        int m = right.size();
        // common[i][j]: length of the longest common subsequence of left[i..] and right[j..]
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = left.get(i).equals(right.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int gapLeft = 0;
        int gapRight = 0;
        while (i < n || j < m) {
            if (i < n && j < m && left.get(i).equals(right.get(j)) && common[i][j] == common[i + 1][j + 1] + 1) {
                gap(offset + gapLeft, i - gapLeft, offset + gapRight, j - gapRight, steps);
                steps.add(new AlignedStep(offset + i, offset + j, true));
                i++;
                j++;
                gapLeft = i;
                gapRight = j;
            } else if (j >= m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
                i++;
            } else {
                j++;
            }
        }
        gap(offset + gapLeft, n - gapLeft, offset + gapRight, m - gapRight, steps);
    }

    /** The events between two shared ones: paired in order while both sides have one, then one side alone. */
    private static void gap(int leftFrom, int leftCount, int rightFrom, int rightCount, List<AlignedStep> steps) {
        for (int k = 0; k < Math.max(leftCount, rightCount); k++) {
            steps.add(new AlignedStep(k < leftCount ? leftFrom + k : -1, k < rightCount ? rightFrom + k : -1, false));
        }
    }
}
