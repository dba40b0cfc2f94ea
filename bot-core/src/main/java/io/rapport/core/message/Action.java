package io.rapport.core.message;

/**
 * A button (or a user picker) on a card. {@code id} names what it does ({@code done}, {@code snooze},
 * {@code reassign} …) and {@code value} what it acts on, e.g. {@code n12} or {@code n12 1d}.
 */
public record Action(String id, String label, String value, Style style, Kind kind) {

    public enum Style { DEFAULT, PRIMARY, DANGER }

    public enum Kind { BUTTON, USER_PICKER }

    public static Action button(String id, String label, String value) {
        return new Action(id, label, value, Style.DEFAULT, Kind.BUTTON);
    }

    public static Action primary(String id, String label, String value) {
        return new Action(id, label, value, Style.PRIMARY, Kind.BUTTON);
    }

    public static Action danger(String id, String label, String value) {
        return new Action(id, label, value, Style.DANGER, Kind.BUTTON);
    }

    public static Action userPicker(String id, String label, String value) {
        return new Action(id, label, value, Style.DEFAULT, Kind.USER_PICKER);
    }
}
