package org.waymark.api.behaviour;

/** How a learner was rewarded (seed 002, theme six: rewards logged and success celebrated). */
public enum RewardKind {
  PRAISE,
  POINTS,
  CERTIFICATE,
  POSTCARD_HOME,
  ACTIVITY,
  VOUCHER,
  OTHER
}
