package org.waymark.api.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erases a learner's personal data: their key is destroyed (crypto-shredding), so names and free
 * text sealed with it can never be read again; facts that count (codes, dates, scores) stay.
 *
 * @param basis why, as a code
 */
public record EraseLearnerCommand(
    @TargetAggregateIdentifier String learnerId, ErasureBasis basis) {}
