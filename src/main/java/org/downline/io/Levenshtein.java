package org.downline.io;

/** Edit distance, for "did you mean" suggestions. */
final class Levenshtein {

    private Levenshtein() {
    }

    /**
     * The edits (a letter inserted, deleted or changed, or two neighbours swapped: "tpye" is one from
     * "type") that turn {@code a} into {@code b}.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * Whether {@code typed} is near enough to {@code known} to be suggested: one edit where either is
     * under five letters ("nope" is not a typo of "name"), else {@code most} edits.
     */
    static boolean near(String typed, String known, int most) {
        int d = distance(typed, known);
        return d <= (Math.min(typed.length(), known.length()) < 5 ? 1 : most);
    }
}
