package io.rapport.core.time;

/**
 * A word, number or punctuation mark with its span in the original text. {@code norm} is the
 * lower-cased form with typographic apostrophes straightened, which is what the grammar compares.
 */
record Token(String text, String norm, int start, int end) {

    boolean isNumber() {
        return !norm.isEmpty() && norm.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    boolean isWord() {
        return !norm.isEmpty() && Character.isLetterOrDigit(norm.codePointAt(0));
    }
}
