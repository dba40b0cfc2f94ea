package io.rapport.app;

/** A setting is wrong; the message names the variable and shows a right value. Rapport does not start. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
