package io.rapport.core.engine;

import io.rapport.core.command.Echo;
import io.rapport.core.command.Suggestions;
import io.rapport.core.model.Customer;
import io.rapport.core.port.Store;
import java.util.List;
import java.util.Locale;

/** Finds a customer by what a person typed: exact name, else a unique prefix, else "did you mean". */
final class CustomerResolver {
    private final Store store;

    CustomerResolver(Store store) {
        this.store = store;
    }

    Customer resolve(String workspace, String typed) {
        List<Customer> all = store.customers(workspace);
        String t = typed.toLowerCase(Locale.ROOT);
        for (Customer c : all) {
            if (c.name().toLowerCase(Locale.ROOT).equals(t)) {
                return c;
            }
        }
        List<Customer> byPrefix = all.stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).startsWith(t))
                .toList();
        if (byPrefix.size() == 1) {
            return byPrefix.get(0);
        }
        if (byPrefix.size() > 1) {
            throw new UserError(Echo.quoted(typed) + " matches " + names(byPrefix) + ". Type more of the name.");
        }
        List<String> close = Suggestions.closest(typed, all.stream().map(Customer::name).toList(), 3);
        if (close.isEmpty()) {
            throw new UserError("There is no customer called " + Echo.quoted(typed) + "."
                    + (all.isEmpty() ? " Add one first, e.g. add Acme tier key" : " Type health to list them."));
        }
        throw new UserError("There is no customer called " + Echo.quoted(typed) + ". Did you mean "
                + String.join(" or ", close.stream().map(CustomerResolver::quoteIfNeeded).toList()) + "?");
    }

    private static String names(List<Customer> customers) {
        List<String> names = customers.stream().map(Customer::name).sorted().toList();
        if (names.size() == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Multi-word names must be quoted to be typed back. */
    static String quoteIfNeeded(String name) {
        return name.contains(" ") ? "\"" + name + "\"" : name;
    }
}
