package org.waymark.api.selfreview;

/**
 * One item of a self-review catalogue: a practice statement or checklist item a provider judges.
 *
 * @param code the item's code, unique within its catalogue (W01, ILP07, PRT10)
 * @param section the heading it appears under in the source document
 * @param outcome the Every Child Matters outcome, for the ECM catalogue only; otherwise null
 * @param text the statement as written; bullet points on their own lines, each beginning "· ";
 *     empty where the source document leaves the statement blank
 */
public record CatalogueItem(String code, String section, EcmOutcome outcome, String text) {}
