/**
 * Waymark's indicator maths: plain records in, plain records out, every formula exactly as {@code
 * CONTRACT.md} "Definitions" and "Scope and group membership" specify. No framework.
 *
 * <p>Conventions: rates are percentages, unrounded, {@code null} where the denominator is 0; every
 * result carries the counts its rates were computed from.
 */
package org.waymark.analytics;
