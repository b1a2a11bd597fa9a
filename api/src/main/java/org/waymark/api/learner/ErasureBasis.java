package org.waymark.api.learner;

/**
 * Why a learner's personal data was erased: a coded basis, never free text (UK GDPR Art. 17, within
 * the duty to keep registers).
 */
public enum ErasureBasis {
  /** The learner (or someone entitled to act for them) asked for erasure. */
  DATA_SUBJECT_REQUEST,
  /** The retention period for the learner's records has passed. */
  RETENTION_EXPIRED,
  /** The data was recorded unlawfully or in error and must go. */
  UNLAWFULLY_PROCESSED,
  /** A court or the regulator ordered erasure. */
  LEGAL_OBLIGATION
}
