package io.rapport.core.message;

/** A label/value line of a card ("Customer: Acme"). */
public record Fact(String label, String value) {
}
