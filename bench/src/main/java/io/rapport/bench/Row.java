package io.rapport.bench;

/** One line of docs/PERFORMANCE.md: what was measured, against what, and whether the target is met. */
record Row(String metric, String rapport, String anchor, String ratio, String target, Boolean met, String note) {

    String markdown() {
        String verdict = met == null ? "n/a" : met ? "met" : "**not met**";
        return "| " + metric + " | " + rapport + " | " + anchor + " | " + ratio + " | " + target + " | " + verdict
                + " |";
    }
}
