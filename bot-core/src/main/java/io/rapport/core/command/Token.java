package io.rapport.core.command;

/** A word of a command; {@code start}/{@code end} point into the original text (quotes included). */
public record Token(String text, int start, int end, boolean quoted) {
}
