package io.rapport.store.redis;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.rapport.core.model.Customer;
import io.rapport.core.rulebook.RulebookLoader;
import io.rapport.core.testing.EngineHarness;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Tenancy as a property: random command sequences in three workspaces sharing one Redis (their customers get the
 * same short ids c1, c2 … in each), and after every step nothing any workspace reads (replies, the store's lists)
 * carries another workspace's marker. Choosing a team channel (named by the marker) writes an audit entry, and
 * admins read the audit log, so the audit log is checked the same way.
 */
class TenancyPropertyIT {
    private static final int WORKSPACES = 3;

    /** One step: in workspace {@code ws}, command {@code kind} about customer number {@code customer}. */
    record Step(int ws, int kind, int customer) {
        String text(int serial) {
            String name = "T" + ws + "cust" + customer;
            String mark = "W" + ws + "-" + serial;
            switch (kind) {
                case 0: return "add " + name;
                case 1: return "note " + name + " " + mark + " likes short calls";
                case 2: return "promise " + name + " send " + mark + " by tomorrow";
                case 3: return "log " + name + " call out " + mark;
                case 4: return "show " + name;
                case 5: return "export " + name;
                case 6: return "mine";
                case 7: return "health";
                case 8: return "link team"; // in a channel named by the mark: an audit entry naming it
                default: return "audit"; // as an admin
            }
        }
    }

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, WORKSPACES - 1),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(1, 3)).as(Step::new);
    }

    @Property(tries = 40)
    void no_read_in_one_workspace_returns_another_workspaces_data(
            @ForAll @Size(min = 5, max = 40) List<@net.jqwik.api.From("steps") Step> steps) {
        RedisStore store = new RedisStore(TestRedis.client());
        List<EngineHarness> spaces = new ArrayList<>();
        for (int i = 0; i < WORKSPACES; i++) {
            spaces.add(new EngineHarness(store, TestRedis.newWorkspace(), RulebookLoader.defaults()));
        }
        try {
            int serial = 0;
            for (Step step : steps) {
                EngineHarness h = spaces.get(step.ws());
                String user = "U" + step.ws();
                String mark = "W" + step.ws() + "-" + serial;
                String text = step.text(serial++);
                String reply = (step.kind() == 8 ? h.sayIn(mark, user, text)
                        : step.kind() == 9 ? h.sayAsAdmin(user, text) : h.say(user, text)).toString();
                assertForeignFree(step.ws(), reply);
                for (int w = 0; w < WORKSPACES; w++) {
                    String ws = spaces.get(w).workspace;
                    StringBuilder read = new StringBuilder();
                    for (Customer c : store.customers(ws)) {
                        read.append(c).append(store.notes(ws, c.id())).append(store.commitments(ws, c.id()))
                                .append(store.touches(ws, c.id(), 50));
                    }
                    read.append(store.activeNudges(ws)).append(store.auditLog(ws, 50));
                    assertForeignFree(w, read.toString());
                }
            }
        } finally {
            spaces.forEach(h -> TestRedis.forget(h.workspace));
        }
    }

    private static void assertForeignFree(int own, String read) {
        for (int other = 0; other < WORKSPACES; other++) {
            if (other != own) {
                assertFalse(read.contains("T" + other + "cust") || read.contains("W" + other + "-"),
                        "workspace " + own + " read workspace " + other + "'s data: " + read);
            }
        }
    }
}
