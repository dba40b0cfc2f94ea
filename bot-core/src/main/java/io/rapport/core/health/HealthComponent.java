package io.rapport.core.health;

/** One part of the health score: its value 0-100, its weight, and the fact behind it. */
public record HealthComponent(String id, int value, int weight, String fact) {
}
