package org.waymark.benchmark;

/** One floor of issue 9, what the run measured against it, and whether it is met. */
record Floor(String floor, String target, String measured, boolean met, String note) {}
