package org.downline.traffic;

import org.downline.stats.Series;
import org.downline.stats.Unit;
import org.downline.stats.World;

/**
 * Monthly time series of the affiliate world, each declared with its {@link Series descriptor} (the
 * key is the name in {@code timeseries.csv}). Every run with the affiliate world reports all of them,
 * in this order.
 */
public enum AffiliateSeries implements Series {
    MEMBERS("members", Unit.COUNT, "Affiliates ever started",
            "Affiliates who ever joined (from month 0, the MLM founders' counterparts), at the end of the month."),
    ACTIVE("active", Unit.COUNT, "Active affiliates", "Sites active during the month."),
    NEW_RECRUITS("newRecruits", Unit.COUNT, "New affiliates", "Affiliates who joined this month."),
    VISITS("visits", Unit.COUNT, "Search visits", "Search visits to the entrants' sites this month."),
    CLICKS("clicks", Unit.COUNT, "Clicks on affiliate links",
            "Clicks on affiliate links (expected: visits × each site's click-through)."),
    ORDERS("orders", Unit.COUNT, "Orders", "Orders from those clicks this month."),
    COMMISSIONS_PAID("commissionsPaid", Unit.DOLLARS, "Commissions paid",
            "Commissions paid to affiliates this month, dollars."),
    COSTS("costs", Unit.DOLLARS, "Affiliates' costs", "Affiliates' costs this month, dollars."),
    QUITS("quits", Unit.COUNT, "Affiliates who quit", "Affiliates who quit at the end of this month."),
    SHARE_OF_DEMAND("shareOfDemand", Unit.SHARE, "Entrants' share of search demand",
            "Share of the niche's demand that went to the entrants' sites (the rest went to incumbents).");

    private final String key;
    private final Unit unit;
    private final String label;
    private final String description;

    AffiliateSeries(String key, Unit unit, String label, String description) {
        this.key = key;
        this.unit = unit;
        this.label = label;
        this.description = description;
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
        return World.AFFILIATE;
    }

    @Override
    public String description() {
        return description;
    }
}
