package org.downline.model;

import java.util.ArrayList;
import java.util.List;
import org.downline.scenario.RecruitmentModel;

/**
 * Monthly time series of the MLM world; {@link #key()} is the name in {@code timeseries.csv}.
 * Series marked contacts-only are defined only for the contacts recruitment model (the others have
 * no individual pitches) and are written only for its runs. Ratios are NaN (an empty CSV field) in
 * a month where their denominator is zero.
 */
public enum MlmSeries {
    /** Members who ever joined, at the end of the month. */
    MEMBERS("members"),
    /** Members active during the month (they bought and could be paid). */
    ACTIVE("active"),
    /** Recruits who joined this month. */
    NEW_RECRUITS("newRecruits"),
    /** Prospects who have not joined yet, at the end of recruiting. */
    PROSPECTS_LEFT("prospectsLeft"),
    /** Commissions paid this month, dollars. */
    COMMISSIONS_PAID("commissionsPaid"),
    /** Personal volume of all members this month (own purchases plus retail), dollars. */
    SALES_VOLUME("salesVolume"),
    /** Retail sales to non-members this month, dollars. */
    RETAIL_SALES("retailSales"),
    /** Costs charged to members this month, dollars. */
    COSTS("costs"),
    /** Members who quit at the end of this month. */
    QUITS("quits"),
    /** Active members paid any commission this month. */
    PAID_MEMBERS("paidMembers"),
    /** What the plan's maximum would have paid this month but did not, dollars. */
    BREAKAGE("breakage"),
    /** What the plan would have paid this month with every member qualified and uncapped, dollars. */
    MAX_PAYABLE("maxPayable"),
    /** Commissions not paid this month because of caps, dollars. */
    CAPPED("capped"),
    /** Binary: leg volume flushed this month (neither paid on nor carried), dollars of volume. */
    FLUSHED_VOLUME("flushedVolume"),
    /** Contacts: pitches made this month. */
    PITCHES("pitches", true),
    /** Contacts: active members past their start delay, who could pitch this month. */
    RECRUITERS("recruiters", true),
    /** Contacts: this month's recruits per pitch. */
    RECRUITS_PER_PITCH("recruitsPerPitch", true),
    /** Contacts: this month's pitches per recruit (the inverse; NaN in a month with no recruit). */
    PITCHES_PER_RECRUIT("pitchesPerRecruit", true),
    /** Contacts: this month's recruits per recruiter. */
    RECRUITS_PER_RECRUITER("recruitsPerRecruiter", true),
    /**
     * Contacts: share of active members (who joined before this month) with no acquaintance left
     * who is neither a member nor has refused — as seen at their turn this month. With
     * {@code reapproachRefused}: who have been through their whole list at least once.
     */
    SHARE_NO_UNASKED_LEFT("shareNoUnaskedLeft", true),
    /** Contacts: people never pitched who are not members, at the end of recruiting. */
    UNASKED("unasked", true),
    /** Contacts: prospects never pitched who are not members, at the end of recruiting. */
    UNASKED_PROSPECTS("unaskedProspects", true);

    private final String key;
    private final boolean contactsOnly;

    MlmSeries(String key) {
        this(key, false);
    }

    MlmSeries(String key, boolean contactsOnly) {
        this.key = key;
        this.contactsOnly = contactsOnly;
    }

    public String key() {
        return key;
    }

    /** The series a run with this recruitment model reports, in declaration order. */
    public static List<MlmSeries> reported(RecruitmentModel model) {
        List<MlmSeries> out = new ArrayList<>();
        for (MlmSeries s : values()) {
            if (!s.contactsOnly || model == RecruitmentModel.CONTACTS) {
                out.add(s);
            }
        }
        return out;
    }
}
