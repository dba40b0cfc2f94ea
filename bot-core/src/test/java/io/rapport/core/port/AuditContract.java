package io.rapport.core.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rapport.core.model.AuditEntry;
import io.rapport.core.model.Person;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The part of the store contract about the audit log: appended in the same commit as what it records, newest
 * first, kept when the customer it names is forgotten, and per workspace.
 */
public abstract class AuditContract extends RuleStateContract {
    private static final Person ADMIN = new Person("U-admin", "Ada Admin");

    private static AuditEntry entry(int second, String action, String target) {
        return new AuditEntry(T0.plusSeconds(second), ADMIN, action, target);
    }

    @Test
    void an_audit_entry_reads_back_exactly() {
        AuditEntry forgot = entry(1, "forget", "customer Acme (c1)");
        put(new Change.Audit(forgot));

        assertEquals(List.of(forgot), store.auditLog(ws, 10));
    }

    @Test
    void the_audit_log_comes_newest_first_and_at_most_the_limit() {
        put(new Change.Audit(entry(1, "link team", "channel C1")));
        put(new Change.Audit(entry(2, "forget", "customer Acme (c1)")));
        put(new Change.Audit(entry(3, "uninstall", "")));

        assertEquals(List.of("uninstall", "forget", "link team"),
                store.auditLog(ws, 10).stream().map(AuditEntry::action).toList());
        assertEquals(List.of("uninstall", "forget"),
                store.auditLog(ws, 2).stream().map(AuditEntry::action).toList());
        assertEquals(List.of(), store.auditLog(ws, 0));
        assertEquals(List.of(), store.auditLog(newWorkspace(), 10));
    }

    @Test
    void forgetting_a_customer_keeps_the_audit_entry_written_with_it() {
        seedCustomerWithEverything("c1", "Acme", "C-acme");
        AuditEntry forgot = entry(1, "forget", "customer Acme (c1)");

        put(new Change.DeleteCustomer("c1"), new Change.Audit(forgot));

        assertEquals(Optional.empty(), store.customer(ws, "c1"));
        assertEquals(List.of(forgot), store.auditLog(ws, 10));
        put(new Change.DeleteCustomer("c1"));
        assertEquals(List.of(forgot), store.auditLog(ws, 10));
    }

    @Test
    void a_commit_whose_expectation_fails_writes_no_audit_entry() {
        Expectation exists = new Expectation.CustomerExists("c-gone");
        assertThrows(ConflictException.class, () -> store.commit(ws, List.of(exists),
                List.of(new Change.DeleteCustomer("c-gone"), new Change.Audit(entry(1, "forget", "c-gone")))));

        assertEquals(List.of(), store.auditLog(ws, 10));
    }

    @Test
    void one_workspaces_audit_log_is_not_readable_from_another() {
        put(new Change.Audit(entry(1, "forget", "customer Acme (c1)")));

        assertEquals(List.of(), store.auditLog(newWorkspace(), 10));
    }
}
