package org.waymark.api.progress;

/** Who gave a wider-skills rating: the learner's self-assessment, or their tutor. */
public enum WiderSkillsRater {
  LEARNER,
  TUTOR
}
