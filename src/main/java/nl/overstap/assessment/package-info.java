/**
 * The life-domain scan (leefgebieden-scan): scores on the 13 life domains with what goes well and
 * what is needed, talents, interests, wishes, the comparison over time and the Big-5 summary. It
 * does not own the plan built on it; who may read which domains is decided by
 * {@link nl.overstap.consent.YouthAccess} per consent group ({@link nl.overstap.assessment.LifeDomain#category()}).
 */
@NullMarked
package nl.overstap.assessment;

import org.jspecify.annotations.NullMarked;
