package org.waymark.api.event;

/**
 * One corrected value of an amendment: the field (camelCase, as in the API), the value before and
 * after, as contract codes.
 */
public record FieldChange(String field, String oldValue, String newValue) {}
