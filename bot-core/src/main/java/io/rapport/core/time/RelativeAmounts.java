package io.rapport.core.time;

import io.rapport.core.time.PhraseGrammar.Match;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of time from now: "in 3 hours", "within 24 hours", "in a couple of days", "in 2 weeks",
 * "within 5 business days", "every 30 minutes" (the first one), "this time tomorrow".
 *
 * <p>Minutes and hours are elapsed time; days and longer keep the wall-clock time (conventions).
 */
final class RelativeAmounts {

    private enum Unit { SECOND, MINUTE, HOUR, DAY, WEEK, FORTNIGHT, MONTH, YEAR }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("second", Unit.SECOND), Map.entry("seconds", Unit.SECOND), Map.entry("sec", Unit.SECOND),
            Map.entry("secs", Unit.SECOND),
            Map.entry("minute", Unit.MINUTE), Map.entry("minutes", Unit.MINUTE), Map.entry("min", Unit.MINUTE),
            Map.entry("mins", Unit.MINUTE), Map.entry("m", Unit.MINUTE),
            Map.entry("hour", Unit.HOUR), Map.entry("hours", Unit.HOUR), Map.entry("hr", Unit.HOUR),
            Map.entry("hrs", Unit.HOUR), Map.entry("h", Unit.HOUR),
            Map.entry("day", Unit.DAY), Map.entry("days", Unit.DAY), Map.entry("d", Unit.DAY),
            Map.entry("week", Unit.WEEK), Map.entry("weeks", Unit.WEEK), Map.entry("wk", Unit.WEEK),
            Map.entry("wks", Unit.WEEK), Map.entry("w", Unit.WEEK),
            Map.entry("fortnight", Unit.FORTNIGHT), Map.entry("fortnights", Unit.FORTNIGHT),
            Map.entry("month", Unit.MONTH), Map.entry("months", Unit.MONTH),
            Map.entry("year", Unit.YEAR), Map.entry("years", Unit.YEAR), Map.entry("yr", Unit.YEAR),
            Map.entry("yrs", Unit.YEAR));

    private static final Pattern COMPACT = Pattern.compile("(\\d{1,3})([a-z]+)");

    private record Amount(int whole, int halves, Unit unit, boolean business, int end) {
    }

    private final TokenView v;

    RelativeAmounts(TokenView v) {
        this.v = v;
    }

    Match at(int i) {
        int e;
        if ((e = v.phrase(i, "this time tomorrow", "same time tomorrow", "by this time tomorrow")) > 0) {
            return new Match(new DueSpec.WallClock(Period.ofDays(1)), i, e);
        }
        if ((e = v.phrase(i, "this time next week", "same time next week")) > 0) {
            return new Match(new DueSpec.WallClock(Period.ofWeeks(1)), i, e);
        }
        if ((e = v.phrase(i, "within the hour", "in the next hour", "within the next hour", "within an hour")) > 0) {
            return new Match(new DueSpec.Elapsed(Duration.ofHours(1)), i, e);
        }
        int lead = v.phrase(i, "in", "within", "in the next", "within the next", "over the next", "in the coming",
                "during the next", "every");
        Amount amount = amount(lead > 0 ? lead : i);
        if (amount == null && v.is(i, "every") && UNITS.containsKey(v.norm(i + 1))) {
            // "every hour": the first one is due after one unit.
            amount = new Amount(1, 0, UNITS.get(v.norm(i + 1)), false, i + 2);
        }
        if (amount == null) {
            return null;
        }
        int end = amount.end();
        if (lead < 0) {
            // Without a lead-in, only "2 days from now" is a due time; "takes 2 hours" is not.
            end = v.phrase(end, "from now", "from today");
            if (end < 0) {
                return null;
            }
        } else {
            end = Math.max(end, v.phrase(end, "time", "' time", "'s time", "from now"));
        }
        DueSpec spec = spec(amount);
        return spec == null ? null : new Match(spec, i, end);
    }

    private static DueSpec spec(Amount a) {
        if (a.business() && a.unit() == Unit.DAY && a.halves() == 0) {
            return new DueSpec.BusinessDays(a.whole());
        }
        long unitSeconds = switch (a.unit()) {
            case SECOND -> 1;
            case MINUTE -> 60;
            case HOUR -> 3600;
            default -> 0;
        };
        if (unitSeconds > 0) {
            // Counted in half units so "1.5 hours" and "half an hour" stay exact.
            return new DueSpec.Elapsed(Duration.ofSeconds((a.whole() * 2L + a.halves()) * unitSeconds / 2));
        }
        if (a.halves() != 0) {
            return null; // "a day and a half" has no clean calendar reading
        }
        return new DueSpec.WallClock(switch (a.unit()) {
            case DAY -> Period.ofDays(a.whole());
            case WEEK -> Period.ofWeeks(a.whole());
            case FORTNIGHT -> Period.ofWeeks(2 * a.whole());
            case MONTH -> Period.ofMonths(a.whole());
            default -> Period.ofYears(a.whole());
        });
    }

    /** "3 hours", "a couple of days", "2 business days", "half an hour", "an hour and a half", "2hrs". */
    private Amount amount(int i) {
        Matcher compact = COMPACT.matcher(v.norm(i));
        if (compact.matches() && UNITS.containsKey(compact.group(2))) {
            return finish(Integer.parseInt(compact.group(1)), 0, UNITS.get(compact.group(2)), false, i + 1);
        }
        if (v.phrase(i, "half an hour", "half a hour") > 0) {
            return new Amount(0, 1, Unit.HOUR, false, v.phrase(i, "half an hour", "half a hour"));
        }
        int whole;
        int halves = 0;
        int j;
        boolean article = v.is(i, "a", "an");
        int few = v.phrase(i, "a few", "few");
        int couple = v.phrase(i, "a couple of", "a couple", "couple of", "couple");
        if (couple > 0) {
            whole = 2;
            j = couple;
        } else if (few > 0) {
            whole = 3;
            j = few;
        } else if (article) {
            whole = 1;
            j = i + 1;
        } else if (count(i) != null) {
            whole = count(i);
            j = i + 1;
            if (v.is(j, ".") && v.touchesPrevious(j) && "5".equals(v.norm(j + 1)) && v.touchesPrevious(j + 1)) {
                halves = 1;
                j += 2;
            }
            // A range ("2-3 days", "24 to 48 hours") is due at its far end: the latest promised moment.
            int upto = v.phrase(j, "-", "to", "or");
            if (halves == 0 && upto > 0 && count(upto) != null && count(upto) > whole) {
                whole = count(upto);
                j = upto + 1;
            }
        } else {
            return null;
        }
        boolean business = false;
        int b = v.phrase(j, "business", "working", "work");
        if (b > 0) {
            business = true;
            j = b;
        }
        Unit unit = UNITS.get(v.norm(j));
        if (unit == null || whole == 0 && halves == 0) {
            return null;
        }
        // "in a sec", "in a minute" mean "shortly", which the conventions leave unresolved.
        if (article && (unit == Unit.SECOND || unit == Unit.MINUTE)) {
            return null;
        }
        // "a day or two", "an hour or three": like any range, due at the far end.
        int or = v.phrase(j + 1, "or");
        if (or > 0 && count(or) != null && count(or) > whole && halves == 0) {
            return new Amount(count(or), 0, unit, business, or + 1);
        }
        return finish(whole, halves, unit, business, j + 1);
    }

    private Integer count(int i) {
        Integer n = v.number(i, 3);
        return n != null ? n : Lexicon.numberWord(v.norm(i));
    }

    private Amount finish(int whole, int halves, Unit unit, boolean business, int end) {
        int half = v.phrase(end, "and a half");
        if (half > 0 && halves == 0) {
            return new Amount(whole, 1, unit, business, half);
        }
        return new Amount(whole, halves, unit, business, end);
    }
}
