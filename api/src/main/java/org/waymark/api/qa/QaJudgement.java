package org.waymark.api.qa;

/**
 * A judgement against one criterion of the alternative-provision QA framework. Essential themes
 * take only {@link #FULLY_MET} or {@link #NOT_MET}.
 */
public enum QaJudgement {
  FULLY_MET,
  PARTIALLY_MET,
  NOT_MET
}
