package org.waymark.query.behaviour;

import org.waymark.api.behaviour.RewardKind;

/**
 * What a reward records.
 *
 * @param points points awarded, or null when the reward is not in points
 * @param reason free text: stored, not indexed
 */
public record Reward(
    RewardKind kind,
    Integer points,
    String awardedBy,
    boolean sharedWithHomeSchool,
    String reason) {}
