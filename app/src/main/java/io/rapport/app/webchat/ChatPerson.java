package io.rapport.app.webchat;

/** Someone a visitor can be in the web chat: a teammate, or one of a customer's people. */
public record ChatPerson(String id, String name, String role, String customer) {

    public boolean isCustomer() {
        return "customer".equals(role);
    }
}
