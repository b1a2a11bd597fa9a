package org.waymark.api.selfreview;

/**
 * How much developing an item matters to the provider (the "priority for development" column of the
 * paper checklists), whatever its judgement: an item in place may still be one to strengthen.
 */
public enum DevelopmentPriority {
  HIGH,
  MEDIUM,
  LOW,
  NONE
}
