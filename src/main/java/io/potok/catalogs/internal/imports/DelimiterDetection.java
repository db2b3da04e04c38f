package io.potok.catalogs.internal.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Guesses the delimiter of a CSV text from its first records. Characters between double quotes do not count,
 * so a quoted "1,5" or a quoted line break does not mislead the guess.
 */
final class DelimiterDetection {

    private static final int SAMPLE_RECORDS = 20;
    private static final int SAMPLE_CHARS = 64 * 1024;

    private DelimiterDetection() {
    }

    /**
     * Returns the candidate that occurs the same number of times in every sampled record, preferring the one
     * that splits the header into the most columns. When no candidate is that regular, returns the most
     * frequent one, and a comma when none occurs at all.
     */
    static char detect(String text) {
        List<int[]> counts = sampleCounts(text);
        char best = ',';
        int bestScore = 0;
        for (int i = 0; i < CsvSettings.DELIMITERS.size(); i++) {
            int score = score(counts, i);
            if (score > bestScore) {
                best = CsvSettings.DELIMITERS.get(i);
                bestScore = score;
            }
        }
        return best;
    }

    /** Scores regular candidates above every irregular one: a regular one scores by its header count. */
    private static int score(List<int[]> counts, int candidate) {
        if (counts.isEmpty()) {
            return 0;
        }
        int header = counts.get(0)[candidate];
        boolean regular = header > 0 && counts.stream().allMatch(record -> record[candidate] == header);
        if (regular) {
            return 1_000_000 + header;
        }
        return counts.stream().mapToInt(record -> record[candidate]).sum();
    }

    /** Counts each candidate outside quotes in every complete, non-empty record of the sample. */
    private static List<int[]> sampleCounts(String text) {
        List<int[]> records = new ArrayList<>();
        int[] current = new int[CsvSettings.DELIMITERS.size()];
        boolean quoted = false;
        boolean empty = true;
        int end = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < end && records.size() < SAMPLE_RECORDS; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (!empty) {
                    records.add(current);
                }
                current = new int[current.length];
                empty = true;
                continue;
            } else if (!quoted) {
                count(current, c);
            }
            empty = false;
        }
        boolean lastComplete = end == text.length() && !quoted;
        if (!empty && lastComplete && records.size() < SAMPLE_RECORDS) {
            records.add(current);
        }
        return records;
    }

    private static void count(int[] counts, char c) {
        int candidate = CsvSettings.DELIMITERS.indexOf(c);
        if (candidate >= 0) {
            counts[candidate]++;
        }
    }
}
