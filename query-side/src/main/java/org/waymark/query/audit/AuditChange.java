package org.waymark.query.audit;

/**
 * One value an amendment corrected, as text: the field (camelCase, as in the API), the value before
 * and after. A confidential narrative field shows {@value AuditEntries#CONFIDENTIAL} on both sides,
 * so an inspector sees that it changed but not what it says.
 */
public record AuditChange(String field, String oldValue, String newValue) {}
