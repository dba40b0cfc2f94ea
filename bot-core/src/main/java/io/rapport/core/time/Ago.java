package io.rapport.core.time;

import java.time.Duration;
import java.time.Instant;

/** "just now", "47 min ago", "2 days ago". */
public final class Ago {
    private Ago() {
    }

    public static String of(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.isNegative() || d.toMinutes() < 1) {
            return "just now";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min ago";
        }
        if (d.toDays() < 1) {
            long h = d.toHours();
            return h + (h == 1 ? " hour ago" : " hours ago");
        }
        long days = d.toDays();
        return days + (days == 1 ? " day ago" : " days ago");
    }
}
