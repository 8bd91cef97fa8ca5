package org.downline.model;

/** Monthly time series of the MLM world; {@link #key()} is the name in {@code timeseries.csv}. */
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
    FLUSHED_VOLUME("flushedVolume");

    private final String key;

    MlmSeries(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
