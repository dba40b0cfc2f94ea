/**
 * Gesture, promise and tone detection over messages seen in linked channels. {@link
 * io.rapport.core.detect.RuleBasedGestureDetector} labels customer messages and {@link
 * io.rapport.core.detect.RuleBasedTeammateDetector} reads teammates' replies; both match named cue lexicons
 * ({@code GestureLexicon}, {@code ComplaintLexicon}, {@code TeammateLexicon}) once per message and explain
 * every result with the words that decided it.
 */
package io.rapport.core.detect;
