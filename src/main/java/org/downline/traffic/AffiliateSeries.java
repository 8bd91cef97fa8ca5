package org.downline.traffic;

/** Monthly time series of the affiliate world; {@link #key()} is the name in {@code timeseries.csv}. */
public enum AffiliateSeries {
    /** Affiliates who ever started a site, at the end of the month. */
    MEMBERS("members"),
    /** Sites active during the month. */
    ACTIVE("active"),
    /** Affiliates who started this month. */
    NEW_RECRUITS("newRecruits"),
    /** Search visits to the entrants' sites this month. */
    VISITS("visits"),
    /** Clicks on affiliate links (expected: visits × each site's click-through). */
    CLICKS("clicks"),
    /** Orders. */
    ORDERS("orders"),
    /** Commissions paid to affiliates this month, dollars. */
    COMMISSIONS_PAID("commissionsPaid"),
    /** Affiliates' costs this month, dollars. */
    COSTS("costs"),
    /** Affiliates who quit at the end of this month. */
    QUITS("quits"),
    /** Share of the niche's demand that went to the entrants' sites (the rest went to incumbents). */
    SHARE_OF_DEMAND("shareOfDemand");

    private final String key;

    AffiliateSeries(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
