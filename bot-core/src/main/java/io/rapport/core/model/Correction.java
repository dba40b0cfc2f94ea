package io.rapport.core.model;

import java.time.Instant;

/**
 * A teammate's verdict that Rapport misread a message ("Not a thanks"). Kept so the same message is never
 * counted again, and so detection can be measured against what people said.
 *
 * @param messageKey the message's channel and platform id, {@code <channel>/<message id>}
 * @param detected   what Rapport took it for (thanks, complaint, promise, defensive …)
 * @param corrected  what it is instead (neutral, no promise, not defensive …)
 */
public record Correction(String customerId, String messageKey, String detected, String corrected, Person by,
                         Instant at) {
}
