package org.downline.plans;

/**
 * A given position that a plan cannot take: the member it concerns (by number), the input column
 * at fault ({@code placement} or {@code leg}) and why, in words a user can act on. Callers that
 * read the positions from a file turn the member into a line number.
 */
public final class PlacementException extends IllegalArgumentException {

    private final int member;
    private final String column;
    private final String reason;

    /**
     * @param member the member whose given position is at fault
     * @param column the input column that gave it
     * @param reason what is wrong, e.g. {@code "names {0}, whose left leg is already taken by {4}"}:
     *               members are written as {@code {n}} placeholders, see {@link #reason}
     */
    public PlacementException(int member, String column, String reason) {
        super("member " + member + ": column " + column + " " + substitute(reason, n -> "#" + n));
        this.member = member;
        this.column = column;
        this.reason = reason;
    }

    public int member() {
        return member;
    }

    public String column() {
        return column;
    }

    /** The reason with each {@code {n}} placeholder replaced by the name of member n, quoted. */
    public String reason(java.util.function.IntFunction<String> name) {
        return substitute(reason, name);
    }

    private static String substitute(String reason, java.util.function.IntFunction<String> name) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < reason.length()) {
            int open = reason.indexOf('{', at);
            int close = open < 0 ? -1 : reason.indexOf('}', open);
            if (close < 0) {
                out.append(reason, at, reason.length());
                break;
            }
            out.append(reason, at, open);
            out.append('\'').append(name.apply(Integer.parseInt(reason.substring(open + 1, close)))).append('\'');
            at = close + 1;
        }
        return out.toString();
    }

    /** A placeholder for member n in a reason. */
    static String ref(int n) {
        return "{" + n + "}";
    }

    /** A note for a message naming members who hold positions, if the plan's rule put any there. */
    static String byRule(PlacementInput given, int... members) {
        for (int m : members) {
            if (given.parentOf(m) == PlacementInput.BY_RULE) {
                return " (members without a placement are placed by the plan's rule as they join, before later "
                        + "rows: give them a placement too)";
            }
        }
        return "";
    }
}
