package org.waymark.api.review;

/** Who receives a copy of a progress review (seed 004, "Copies to"). */
public enum ReviewCopyRecipient {
  LEARNER,
  ILR,
  HOME_SCHOOL,
  PARENTS_CARERS
}
