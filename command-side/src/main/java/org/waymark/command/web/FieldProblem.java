package org.waymark.command.web;

/**
 * One invalid field of a request: its name as the client wrote it, the value received (null when
 * absent) and what is wrong with it.
 */
public record FieldProblem(String field, String value, String message) {}
