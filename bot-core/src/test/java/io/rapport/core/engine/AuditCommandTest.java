package io.rapport.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.message.Action;
import io.rapport.core.message.Reply;
import io.rapport.core.model.AuditEntry;
import io.rapport.core.model.Person;
import io.rapport.core.testing.EngineHarness;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditCommandTest {
    private EngineHarness h;

    @BeforeEach
    void setUp() {
        h = new EngineHarness();
        h.say("alex", "add Acme tier key");
        h.say("alex", "note acme their CFO is called Morgana");
    }

    private static void assertSays(Reply reply, String expected) {
        assertTrue(reply.text().contains(expected), () -> "expected \"" + expected + "\" in:\n" + reply.text());
    }

    private Action askToForget(String admin) {
        return h.sayAsAdmin(admin, "forget acme").cards().get(0).actions().get(0);
    }

    private List<AuditEntry> log() {
        return h.store.auditLog(h.workspace, 100);
    }

    @Test
    void a_teammate_who_is_not_an_admin_cannot_read_the_audit_log() {
        Reply refused = h.say("sam", "audit");

        assertSays(refused, "Only workspace admins can read the audit log. Ask an admin to run it.");
        assertFalse(refused.text().contains("Audit log"), refused.text());
    }

    @Test
    void a_confirmed_forget_is_written_with_who_what_and_when_and_outlives_the_customer() {
        h.clock.advance(Duration.ofMinutes(5));
        h.press(EngineHarness.admin("alex"), "forget_confirm", askToForget("alex").value(), null);

        assertTrue(h.store.customers(h.workspace).isEmpty());
        assertEquals(List.of(new AuditEntry(EngineHarness.START.plus(Duration.ofMinutes(5)),
                new Person("alex", "Alex"), "forget", "customer Acme (c1)")), log());
        Reply audit = h.sayAsAdmin("dana", "audit");
        assertSays(audit, "Audit log");
        assertSays(audit, "2026-03-02 10:05 UTC: Alex (alex): forget customer Acme (c1)");
        assertFalse(audit.text().contains("Morgana"), "only the forgotten customer's name and id are kept");
    }

    @Test
    void a_refused_a_cancelled_or_a_repeated_forget_writes_nothing_more() {
        Action confirm = askToForget("alex");
        h.press("sam", "forget_confirm", confirm.value());
        h.press(EngineHarness.admin("alex"), "forget_cancel", confirm.value(), null);
        assertEquals(List.of(), log());

        h.press(EngineHarness.admin("alex"), "forget_confirm", confirm.value(), null);
        assertSays(h.press(EngineHarness.admin("dana"), "forget_confirm", confirm.value(), null), "already gone");
        assertEquals(1, log().size());
    }

    @Test
    void choosing_the_team_channel_is_written_to_the_audit_log() {
        h.sayIn("C-team", "sam", "link team");

        assertEquals(List.of("link team channel C-team"), log().stream().map(AuditEntry::what).toList());
        assertEquals("sam", log().get(0).who().id());
    }

    @Test
    void audit_shows_the_newest_first_and_at_most_the_number_asked() {
        h.sayIn("C-one", "sam", "link team");
        h.clock.advance(Duration.ofHours(1));
        h.sayIn("C-two", "sam", "link team");
        h.clock.advance(Duration.ofHours(1));
        h.press(EngineHarness.admin("alex"), "forget_confirm", askToForget("alex").value(), null);

        Reply all = h.sayAsAdmin("alex", "audit");
        String text = all.text();
        assertTrue(text.indexOf("forget customer Acme") < text.indexOf("C-two")
                && text.indexOf("C-two") < text.indexOf("C-one"), text);
        Reply two = h.sayAsAdmin("alex", "audit 2");
        assertEquals(2, two.cards().get(0).facts().size());
        assertSays(two, "Older entries: audit 4");
    }

    @Test
    void an_empty_audit_log_says_what_would_be_written_there() {
        assertSays(h.sayAsAdmin("alex", "audit"), "Nothing recorded yet");
    }

    @Test
    void a_wrong_count_answers_with_the_usage_and_an_example() {
        Reply zero = h.sayAsAdmin("alex", "audit 0");
        assertSays(zero, "\"0\" is not a number of entries; give a whole number from 1 to 200.");
        assertSays(zero, "Example: audit 50");
        assertSays(h.sayAsAdmin("alex", "audit lots"), "\"lots\" is not a number of entries");
        assertSays(h.sayAsAdmin("alex", "audit 3 4"), "audit takes one number at most.");
    }

    @Test
    void help_lists_audit_as_an_admin_command() {
        assertSays(h.say("alex", "help"), "audit [n]");
        assertSays(h.say("alex", "help audit"), "Admins only.");
    }
}
