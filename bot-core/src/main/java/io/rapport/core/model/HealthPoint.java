package io.rapport.core.model;

import java.time.LocalDate;

/** A customer's health score as it stood on one day (in the team's zone), for trends. */
public record HealthPoint(String customerId, LocalDate day, int score) {
}
