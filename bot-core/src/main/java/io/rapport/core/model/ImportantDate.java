package io.rapport.core.model;

import java.time.LocalDate;

/** A date that matters to the customer: {@code renewal}, {@code birthday}, {@code anniversary} or any label. */
public record ImportantDate(String customerId, String label, LocalDate date, Person setBy) {
}
