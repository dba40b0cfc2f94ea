package io.rapport.app.webchat;

/** A message posted in a simulated channel; {@code at} is ISO-8601. */
public record ChatMessage(String id, ChatPerson author, String text, String at) {
}
