package io.rapport.core.detect;

/** Classifies a customer's message in a linked channel. Deterministic and explainable. */
public interface GestureDetector {

    Detection classify(String text);
}
