package org.waymark.api.review;

/** A previous target looked at in a review, and whether it was met. */
public record ReviewedTarget(String targetId, boolean met) {}
