package org.waymark.api.plan;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A learner's learning and support needs were identified (ILP stage 1): needs in English, maths,
 * ICT, personal and social and vocational skills; other support needs; any learning difficulties;
 * how the learner prefers to learn; careers guidance (IAG) needs. Optional parts may be null.
 */
@Revision("1")
public record LearningNeedsIdentifiedEvent(
    String learnerId,
    LocalDate identifiedOn,
    String english,
    String maths,
    String ict,
    String personalAndSocial,
    String vocational,
    String supportNeeds,
    String learningDifficulties,
    String preferredWaysOfLearning,
    String careersGuidanceNeeds) {}
