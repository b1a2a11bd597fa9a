package org.waymark.query.web;

/** One rejected query parameter: its name, the value sent, and what is wrong with it. */
public record ParameterProblem(String parameter, String value, String message) {}
