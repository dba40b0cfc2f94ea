package io.rapport.core.time;

import io.rapport.core.time.DateGrammar.DatePart;
import io.rapport.core.time.TimeGrammar.TimePart;
import java.util.List;

/**
 * The top of the due-phrase grammar: an optional lead-in ("by", "no later than"), then a relative
 * amount ("in 3 hours"), a day with an optional time ("Friday 3pm ET"), or a time with an optional day
 * ("noon tomorrow"), then an optional tail ("at the latest"). Where several readings fit, the longest
 * one wins, so "tomorrow morning" is never read as "tomorrow".
 */
final class PhraseGrammar {

    /** A phrase from token {@code start} up to (not including) token {@code end}. */
    record Match(DueSpec spec, int start, int end) {
    }

    private static final String[] LEAD_INS = {
        "by", "on", "before", "until", "till", "til", "' til", "due", "due by", "due on", "no later than",
        "not later than", "by no later than", "on or before", "latest by", "at the latest by", "from", "starting",
        "starting from", "starting on", "as of", "effective", "around", "sometime", "some time", "in", "by around",
    };

    private static final String[] TAILS = {"at the latest", "latest", "or so", "or sooner", "or earlier", "at the earliest"};

    private final TokenView v;
    private final DateGrammar dates;
    private final TimeGrammar times;
    private final RelativeAmounts amounts;

    PhraseGrammar(List<Token> tokens, boolean strict, boolean monthFirst) {
        this.v = new TokenView(tokens, strict, monthFirst);
        this.dates = new DateGrammar(v);
        this.times = new TimeGrammar(v);
        this.amounts = new RelativeAmounts(v);
    }

    int size() {
        return v.size();
    }

    /** The longest due phrase starting exactly at token {@code i}, or null. */
    Match at(int i) {
        Match best = core(i, false);
        int lead = v.phrase(i, LEAD_INS);
        if (lead > 0) {
            Match led = core(lead, true);
            if (led != null && (best == null || led.end() > best.end())) {
                best = led;
            }
        }
        if (best == null) {
            return null;
        }
        int end = Math.max(best.end(), v.phrase(best.end(), TAILS));
        return new Match(best.spec(), i, end);
    }

    private Match core(int i, boolean anchored) {
        Match best = amounts.at(i);
        best = longer(best, dayThenTime(i, anchored));
        best = longer(best, timeThenDay(i, anchored));
        return best;
    }

    /** "Friday", "tomorrow at 3pm your time", "tonight after 10pm ET", "Monday 9am GMT". */
    private Match dayThenTime(int i, boolean anchored) {
        DatePart day = dates.date(i, anchored);
        if (day == null) {
            return null;
        }
        int j = day.end();
        TimePart time = null;
        int link = v.phrase(j, "at", "@", "around", "by", "before", "after", "from", ",");
        if (link > 0) {
            time = times.time(link, day.hint(), !v.is(j, ","));
        }
        if (time == null) {
            time = times.time(j, day.hint(), false);
        }
        if (time != null) {
            return new Match(onDay(day.rule(), time), i, time.end());
        }
        int zoneEnd = times.zone(j);
        if (zoneEnd > 0) {
            return new Match(new DueSpec.OnDate(day.rule(), day.time(), Lexicon.zone(v.norm(j))), i, zoneEnd);
        }
        if (day.close() != null) {
            return new Match(new DueSpec.DaySlot(words(i, j), day.time(), day.close()), i, j);
        }
        return new Match(new DueSpec.OnDate(day.rule(), day.time(), null), i, j);
    }

    /** "noon tomorrow", "3pm on Friday", "EOD Friday", or a time alone ("by 4pm": today, else tomorrow). */
    private Match timeThenDay(int i, boolean anchored) {
        int at = v.phrase(i, "at", "@");
        int j = at > 0 ? at : i;
        TimePart time = times.time(j, null, false);
        boolean bareHour = false;
        if (time == null) {
            time = times.time(j, null, true);
            bareHour = true;
            if (time == null) {
                return null;
            }
        }
        int k = time.end();
        int link = v.phrase(k, "on", ",");
        DatePart day = dates.date(k, true);
        if (day == null && link > 0) {
            day = dates.date(link, true);
        }
        if (day != null) {
            int end = day.end();
            TimePart zoned = time;
            int zoneEnd = time.zone() == null ? times.zone(end) : -1;
            if (zoneEnd > 0) {
                zoned = new TimePart(time.time(), Lexicon.zone(v.norm(end)), time.endOfDay(), zoneEnd);
                end = zoneEnd;
            }
            return new Match(onDay(day.rule(), zoned), i, end);
        }
        // A lone number is an hour only with a day after it ("at 3 tomorrow") or closing a lead-in
        // ("by 5."); "by 5 people" and "by 5%" are not times.
        if (bareHour && !((anchored || at > 0) && (k >= v.size() || !v.token(k).isWord() && !v.is(k, "%")))) {
            return null;
        }
        return new Match(new DueSpec.OnDate(DateRule.daily(), time.time(), time.zone()), i, k);
    }

    /** EOD said of today follows the EOD convention (tomorrow once 17:00 has passed); other times are literal. */
    private static DueSpec onDay(DateRule rule, TimePart time) {
        DateRule r = rule == DateRule.TODAY && time.endOfDay() ? DateRule.daily() : rule;
        return new DueSpec.OnDate(r, time.time(), time.zone());
    }

    private String words(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(v.norm(k));
        }
        return sb.toString();
    }

    private static Match longer(Match a, Match b) {
        if (a == null) {
            return b;
        }
        return b != null && b.end() > a.end() ? b : a;
    }
}
