package io.rapport.core.detect;

/**
 * Reads a score out of 5 or 10 ("4/5", "7/10", "8 out of 10", "give you an 8") as a percentage, when a
 * rating word comes shortly before it ("we'd rate it 7/10", "survey said 4/5"): "3/10" alone is a date.
 */
final class Ratings {

    private static final int REACH = 6;

    private Ratings() {
    }

    /** The first rating in the message as 0-100, or -1 when there is none. */
    static int percent(MessageText t) {
        for (int i = 0; i < t.size(); i++) {
            MessageText.Word w = t.word(i);
            if (w.kind() != MessageText.Kind.NUMBER || !ratingWordBefore(t, i)) {
                continue;
            }
            String n = w.norm();
            int slash = n.indexOf('/');
            if (slash > 0) {
                int p = fraction(n.substring(0, slash), n.substring(slash + 1));
                if (p >= 0) {
                    return p;
                }
            } else if (t.norm(i + 1).equals("out") && t.norm(i + 2).equals("of")) {
                int p = fraction(n, t.norm(i + 3));
                if (p >= 0) {
                    return p;
                }
            } else if ((t.norm(i - 1).equals("a") || t.norm(i - 1).equals("an")) && t.norm(i - 2).equals("you")
                    && t.norm(i - 3).startsWith("give")) {
                int p = fraction(n, "10");
                if (p >= 0) {
                    return p;
                }
            }
        }
        return -1;
    }

    private static boolean ratingWordBefore(MessageText t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - REACH); k--) {
            String n = t.norm(k);
            if (n.startsWith("rat") || n.startsWith("scor") || n.startsWith("give") || n.equals("gave")
                    || n.equals("survey") || n.equals("nps") || n.equals("csat") || n.equals("said")) {
                return true;
            }
        }
        return false;
    }

    private static int fraction(String score, String outOf) {
        try {
            double a = Double.parseDouble(score);
            int b = Integer.parseInt(outOf);
            if ((b == 5 || b == 10) && a >= 0 && a <= b) {
                return (int) Math.round(a * 100 / b);
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
