/** Gesture, promise and tone detection over messages seen in linked channels. */
package io.rapport.core.detect;
