package org.waymark.api.progress;

/**
 * The wider qualities of seed 002, theme six, criterion 2, each rated 1 (low) to 5 (high), from
 * which soft-skill distance travelled is measured.
 */
public record WiderSkillsRatings(int independence, int confidence, int selfEsteem, int resilience) {
  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;
}
