package org.waymark.api.learner;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A learner's personal data was erased: their key was shredded in the same transaction, so every
 * name and free text sealed with it is unreadable from now on; read models scrub what they hold.
 * Who erased is the event's {@code recordedBy} metadata. Stored class name frozen.
 *
 * @param basis why, as a code
 * @param erasedOn when the erasure was recorded
 */
@Revision("1")
public record LearnerErasedEvent(String learnerId, ErasureBasis basis, Instant erasedOn) {}
