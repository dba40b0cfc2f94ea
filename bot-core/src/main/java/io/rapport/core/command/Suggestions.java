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
        return candidates.stream()
                .map(c -> new Scored(c, score(t, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= Math.max(1, Math.min(3, t.length() / 3 + 1)) || s.contains)
                .sorted(Comparator.comparingInt((Scored s) -> s.distance).thenComparing(s -> s.name))
                .limit(max)
                .map(s -> s.name)
                .toList();
    }

    private record Scored(String name, int distance, boolean contains) {
        Scored(String name, int[] score) {
            this(name, score[0], score[1] == 1);
        }
    }

    private static int[] score(String typed, String candidate) {
        boolean contains = typed.length() >= 3 && candidate.contains(typed);
        return new int[] {levenshtein(typed, candidate), contains ? 1 : 0};
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
