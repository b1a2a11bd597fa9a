package org.waymark.command.web;

/** A command addressed to something never recorded (an unknown target, visit, plan): 404. */
public class NotFoundException extends RuntimeException {
  private final String kind;
  private final String id;

  public NotFoundException(String kind, String id) {
    super(kind + " '" + id + "' is not recorded");
    this.kind = kind;
    this.id = id;
  }

  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}
