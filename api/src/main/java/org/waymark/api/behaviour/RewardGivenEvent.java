package org.waymark.api.behaviour;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A learner was rewarded; {@code reason} is free text, kept apart so it can be encrypted. */
@Revision("1")
public record RewardGivenEvent(
    String rewardId,
    String learnerId,
    LocalDate awardedOn,
    RewardKind kind,
    Integer points,
    String awardedBy,
    boolean sharedWithHomeSchool,
    String reason) {}
