package io.potok.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The longest common subsequence of two lists, by dynamic programming in O(n·m) time and memory, which is
 * small for the fields of one section.
 */
final class LongestCommonSubsequence {

    private LongestCommonSubsequence() {
    }

    static <T> List<T> of(List<T> first, List<T> second) {
        int[][] lengths = new int[first.size() + 1][second.size() + 1];
        for (int i = first.size() - 1; i >= 0; i--) {
            for (int j = second.size() - 1; j >= 0; j--) {
                lengths[i][j] = first.get(i).equals(second.get(j))
                        ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        List<T> common = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < first.size() && j < second.size()) {
            if (first.get(i).equals(second.get(j))) {
                common.add(first.get(i));
                i++;
                j++;
            } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return Collections.unmodifiableList(common);
    }
}
