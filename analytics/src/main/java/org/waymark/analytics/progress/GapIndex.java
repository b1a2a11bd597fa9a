package org.waymark.analytics.progress;

/**
 * The disadvantage gap index (CONTRACT.md "Definitions"; DfE "Key stage 4 performance" methodology,
 * "disadvantage gap index"): rank all N learners in scope by latest score ascending, ties taking
 * the mean of their ranks; GI = 20 × (mean rank of non-disadvantaged − mean rank of disadvantaged)
 * / N. 0 means no gap; positive means the disadvantaged rank lower.
 *
 * @param learners N, every learner in scope with a latest score
 * @param disadvantaged how many of them are disadvantaged
 * @param nonDisadvantaged how many are not
 * @param sumRankDisadvantaged Σ rank of the disadvantaged
 * @param sumRankNonDisadvantaged Σ rank of the others
 * @param meanRankDisadvantaged sumRankDisadvantaged / disadvantaged, null when none
 * @param meanRankNonDisadvantaged sumRankNonDisadvantaged / nonDisadvantaged, null when none
 * @param index GI; null unless both groups are non-empty (or when suppressed)
 * @param suppressed whether the small-number rule hid the figures: under suppression, when either
 *     group has fewer than 5 learners, every figure but {@code learners} is null
 */
public record GapIndex(
    int learners,
    Integer disadvantaged,
    Integer nonDisadvantaged,
    Double sumRankDisadvantaged,
    Double sumRankNonDisadvantaged,
    Double meanRankDisadvantaged,
    Double meanRankNonDisadvantaged,
    Double index,
    boolean suppressed) {}
