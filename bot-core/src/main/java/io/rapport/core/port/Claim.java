package io.rapport.core.port;

import io.rapport.core.model.Nudge;

/**
 * A due nudge leased to one scheduler. Until the lease ends no other scheduler gets it; if the holder
 * dies, it becomes due again. {@code token} proves the lease when completing or releasing.
 */
public record Claim(String workspace, Nudge nudge, String token) {
}
