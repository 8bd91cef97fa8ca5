package org.downline.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.downline.scenario.RecruitmentModel;
import org.downline.stats.Series;
import org.downline.stats.Unit;
import org.downline.stats.World;

/**
 * Monthly time series of the MLM world, each declared with its {@link Series descriptor} (the key is
 * the name in {@code timeseries.csv}).
 * Series marked contacts-only are defined only for the contacts recruitment model (the others have
 * no individual pitches) and are written only for its runs. Ratios are NaN (an empty CSV field) in
 * a month where their denominator is zero.
 */
public enum MlmSeries implements Series {
    MEMBERS("members", Unit.COUNT, "Members ever joined",
            "Members who ever joined, at the end of the month."),
    ACTIVE("active", Unit.COUNT, "Active members",
            "Members active during the month (they bought and could be paid)."),
    NEW_RECRUITS("newRecruits", Unit.COUNT, "New recruits",
            "Recruits who joined this month."),
    PROSPECTS_LEFT("prospectsLeft", Unit.COUNT, "Prospects not yet joined",
            "Prospects who have not joined yet, at the end of recruiting."),
    COMMISSIONS_PAID("commissionsPaid", Unit.DOLLARS, "Commissions paid",
            "Commissions paid this month, dollars."),
    SALES_VOLUME("salesVolume", Unit.DOLLARS, "Sales volume",
            "Personal volume of all members this month (own purchases plus retail), dollars."),
    RETAIL_SALES("retailSales", Unit.DOLLARS, "Retail sales",
            "Retail sales to non-members this month, dollars."),
    COSTS("costs", Unit.DOLLARS, "Members' costs",
            "Costs charged to members this month, dollars."),
    QUITS("quits", Unit.COUNT, "Members who quit",
            "Members who quit at the end of this month."),
    PAID_MEMBERS("paidMembers", Unit.COUNT, "Members paid a commission",
            "Active members paid any commission this month."),
    BREAKAGE("breakage", Unit.DOLLARS, "Breakage",
            "What the plan's maximum would have paid this month but did not, dollars."),
    MAX_PAYABLE("maxPayable", Unit.DOLLARS, "Plan's maximum payout",
            "The plan's full rate on this month's volume, as if every member had a full upline, all qualified, "
                    + "uncapped (binary: every member qualified and uncapped on the legs they have), dollars."),
    CAPPED("capped", Unit.DOLLARS, "Pay above caps",
            "Commissions not paid this month because of caps, dollars."),
    FLUSHED_VOLUME("flushedVolume", Unit.DOLLARS, "Leg volume flushed",
            "Binary: leg volume flushed this month (neither paid on nor carried), dollars of volume."),
    LEG_VOLUME("legVolume", Unit.DOLLARS, "Volume entering legs",
            "Binary: volume entering members' legs this month, dollars of volume (a dollar counts in the legs of "
                    + "each of its uplines; carried volume counts the month it entered, not again each month it "
                    + "waits): a run's sum is paid on, flushed or still carried at its end."),
    PARTICIPANT_PURCHASES("participantPurchases", Unit.DOLLARS, "Members' own purchases",
            "Members' own purchases this month (the required volume of every active member), dollars."),
    END_USER_SHARE("endUserShareOfVolume", Unit.SHARE, "End users' share of volume",
            "Retail sales to end users over all volume this month."),
    MEMBER_END_USER_SHARE("memberEndUserShare", Unit.SHARE, "A member's own end-user share, mean",
            "Mean over active members of the share of their own volume that is sales to end users."),
    MEMBERS_MOSTLY_END_USER("membersMostlyEndUser", Unit.COUNT, "Members selling mostly to end users",
            "Active members whose own volume this month is more than half sales to end users."),
    FUNDED_BY_PARTICIPANTS("commissionsFundedByParticipants", Unit.DOLLARS, "Commissions funded by members",
            "Commissions funded by members' own purchases this month (each commission pro rata by the sources "
                + "of the member's own and downline volume), dollars."),
    PAID_CUSTOMER_MAJORITY("paidCustomerMajority", Unit.COUNT, "Paid members with an end-user majority",
            "Paid members whose own and downline volume this month is more than half sales to end users."),
    PAID_TEN_CUSTOMERS("paidTenCustomers", Unit.COUNT, "Paid members with 10 retail customers",
            "Paid members with at least 10 distinct retail customers and 50 of retail volume this month."),
    RULE_BREAKAGE("ruleBreakage", Unit.DOLLARS, "Breakage attributed to plan rules",
            "This month's part of breakage put down to plan.rules, dollars: commissions the customer rules withheld, "
                + "plus the volume the personal-use cap excluded at the plan's maximum rate. Not the pay the rules "
                + "removed: a cap that leaves members short of qualification costs them pay on their whole group "
                + "(counted as unqualified breakage), and excluded volume nobody would have been paid on costs nothing."),
    PITCHES("pitches", Unit.COUNT, "Pitches",
            "Contacts: pitches made this month.", true),
    RECRUITERS("recruiters", Unit.COUNT, "Recruiting members",
            "Contacts: active members past their start delay, who could pitch this month.", true),
    RECRUITS_PER_PITCH("recruitsPerPitch", Unit.RATIO, "Recruits per pitch",
            "Contacts: this month's recruits per pitch.", true),
    PITCHES_PER_RECRUIT("pitchesPerRecruit", Unit.RATIO, "Pitches per recruit",
            "Contacts: this month's pitches per recruit (the inverse; NaN in a month with no recruit).", true),
    RECRUITS_PER_RECRUITER("recruitsPerRecruiter", Unit.RATIO, "Recruits per recruiting member",
            "Contacts: this month's recruits per recruiter.", true),
    SHARE_NO_UNASKED_LEFT("shareNoUnaskedLeft", Unit.SHARE, "Members with nobody left to ask",
            "Contacts: share of active members (who joined before this month) with no acquaintance left who "
                + "is neither a member nor has refused, as seen at their turn this month; with reapproachRefused: "
                + "who have been through their whole list at least once.", true),
    UNASKED("unasked", Unit.COUNT, "People never asked",
            "Contacts: people never pitched who are not members, at the end of recruiting.", true),
    UNASKED_PROSPECTS("unaskedProspects", Unit.COUNT, "Prospects never asked",
            "Contacts: prospects never pitched who are not members, at the end of recruiting.", true);

    private final String key;
    private final Unit unit;
    private final String label;
    private final String description;
    private final boolean contactsOnly;

    MlmSeries(String key, Unit unit, String label, String description) {
        this(key, unit, label, description, false);
    }

    MlmSeries(String key, Unit unit, String label, String description, boolean contactsOnly) {
        this.key = key;
        this.unit = unit;
        this.label = label;
        this.description = description;
        this.contactsOnly = contactsOnly;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Unit unit() {
        return unit;
    }

    @Override
    public World world() {
        return World.MLM;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<RecruitmentModel> models() {
        return contactsOnly ? EnumSet.of(RecruitmentModel.CONTACTS) : EnumSet.allOf(RecruitmentModel.class);
    }

    /** The series a run with this recruitment model reports, in declaration order. */
    public static List<MlmSeries> reported(RecruitmentModel model) {
        List<MlmSeries> out = new ArrayList<>();
        for (MlmSeries s : values()) {
            if (s.models().contains(model)) {
                out.add(s);
            }
        }
        return out;
    }
}
