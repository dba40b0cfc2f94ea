package io.rapport.core.command;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean …": the closest names by edit distance, for typos in commands and customer names. */
public final class Suggestions {
    private Suggestions() {
    }

    /** Up to {@code max} candidates close enough to {@code typed} to be a likely typo, closest first. */
    public static List<String> closest(String typed, List<String> candidates, int max) {
        String t = typed.toLowerCase(Locale.ROOT);
        int tolerance = Math.max(1, Math.min(3, t.length() / 3 + 1));
        return candidates.stream()
                .map(c -> new Scored(c, levenshtein(t, c.toLowerCase(Locale.ROOT)),
                        t.length() >= 3 && c.toLowerCase(Locale.ROOT).contains(t)))
                .filter(s -> s.distance() <= tolerance || s.contains())
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(max)
                .map(Scored::name)
                .toList();
    }

    /** A candidate, how many edits away it is, and whether it contains what was typed. */
    private record Scored(String name, int distance, boolean contains) {
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
