package io.rapport.app.webchat;

/** A simulated shared channel; {@code customer} is the linked customer's name, or null. */
public record ChatChannel(String id, String name, String customer) {
}
