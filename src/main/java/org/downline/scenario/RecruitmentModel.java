package org.downline.scenario;

/** How members recruit. */
public enum RecruitmentModel {
    /** Mean-field Bass diffusion: innovators under the company, imitators under members. */
    BASS,
    /** Each active member pitches acquaintances on a social network of the population. */
    CONTACTS,
    /** Every member recruits exactly k a month until a frontline cap: the textbook pyramid. */
    FIXED
}
