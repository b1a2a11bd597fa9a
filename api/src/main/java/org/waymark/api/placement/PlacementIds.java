package org.waymark.api.placement;

/** Event-store key of a placement: aggregate identifiers must be unique across types. */
public final class PlacementIds {
  private PlacementIds() {}

  public static String of(String placementId) {
    return "placement:" + placementId;
  }
}
