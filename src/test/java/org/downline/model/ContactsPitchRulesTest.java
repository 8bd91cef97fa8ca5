package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.downline.plans.Genealogy;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.NetworkKind;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Every pitch, watched as it happens: who may be pitched, by whom, and what the counters say.
 */
class ContactsPitchRulesTest {

    private static final int POPULATION = 20_000;

    private static Scenario scenario(NetworkKind kind, boolean reapproach, double acceptance, int months) {
        Scenario s = Scenarios.with(Scenario.DEFAULT,
                Scenarios.market(POPULATION, 0.4, reapproach, kind, 20, 0.2));
        s = Scenarios.with(s, Scenarios.contacts(50, 6, acceptance, Scenario.DEFAULT.recruitment().effort()));
        s = Scenarios.with(s, new org.downline.scenario.AttritionConfig(0.03, 0));
        return Scenarios.run(s, months, 4, 21);
    }

    /** What the listener saw in one replication. */
    private static final class Log implements Pitching.PitchListener {
        final boolean[] refused = new boolean[POPULATION];
        final boolean[] joined = new boolean[POPULATION];
        final Map<Integer, Integer> recruiterOf = new HashMap<>();
        final Map<Long, Integer> lastPitchMonth = new HashMap<>();
        long pitches;
        long joins;
        long pitchesToRefused;
        long joinsAfterRefusing;
        long pitchesToMembers;
        long statusMismatches;
        long strangers;
        long twiceInAMonth;
        int month;
        MlmWorld world;

        @Override
        public void pitched(int member, int person, byte before, boolean joins) {
            pitches++;
            if (joined[person]) {
                pitchesToMembers++;
            }
            if (refused[person]) {
                pitchesToRefused++;
            }
            boolean wasRefused = (before & PopulationStatus.REFUSED) != 0;
            boolean wasMember = (before & PopulationStatus.MEMBER) != 0;
            if (wasRefused != refused[person] || wasMember != joined[person]) {
                statusMismatches++;
            }
            ContactsRecruiter c = world.contacts();
            int pitcher = c.personOf(member);
            if (c.namesList() != null
                    && Arrays.stream(SmallWorldNetworkTest.list(c.namesList().network, pitcher)).noneMatch(u -> u == person)) {
                strangers++;
            }
            Integer last = lastPitchMonth.put((long) member << 32 | person, month);
            if (last != null && last == month && (c.namesList() == null
                    || Arrays.stream(SmallWorldNetworkTest.list(c.namesList().network, pitcher)).filter(u -> u == person).count() < 2)) {
                twiceInAMonth++;               // only someone listed twice may be pitched twice
            }
            if (joins) {
                this.joins++;
                joinsAfterRefusing += refused[person] ? 1 : 0;
                joined[person] = true;
                recruiterOf.put(person, member);
            } else {
                refused[person] = true;
            }
        }
    }

    private static Log[] run(Scenario s) {
        final String kind = s.market().network().kind().toString();
        MlmWorld w = new MlmWorld(s);
        Log[] logs = new Log[s.replications()];
        for (int r = 0; r < s.replications(); r++) {
            Log log = new Log();
            log.world = w;
            logs[r] = log;
            w.reset(ReplicationStreams.of(s.seed(), r), s.months());
            w.contacts().pitching.listener = log;
            long seriesPitches = 0;
            long seriesRecruits = 0;
            for (int t = 1; t <= s.months(); t++) {
                log.month = t;
                w.step(t);
                seriesPitches += (long) w.series(MlmSeries.PITCHES)[t];
                seriesRecruits += (long) w.series(MlmSeries.NEW_RECRUITS)[t];
            }
            assertEquals(seriesPitches, log.pitches, kind + ": pitches series");
            assertEquals(seriesRecruits, log.joins, kind + ": recruits series");
            assertEquals(0, log.statusMismatches, kind + ": status bits disagree with the pitches seen");
            assertEquals(0, log.pitchesToMembers, kind + ": members pitched");
            assertEquals(0, log.strangers, kind + ": pitched someone they do not know");
            if (s.market().network().kind() == NetworkKind.SMALL_WORLD) {
                // a names list is gone through at most once a month; on the complete network with
                // reapproaching, pitches are independent draws and may repeat
                assertEquals(0, log.twiceInAMonth, kind + ": pitched the same person twice in a month");
            }
            // the pitcher is the sponsor; founders (under the company) were never pitched
            ContactsRecruiter c = w.contacts();
            for (int m = 0; m < w.size(); m++) {
                int sponsor = w.genealogy().sponsor[m];
                Integer pitcher = log.recruiterOf.get(c.personOf(m));
                if (sponsor == Genealogy.COMPANY) {
                    assertEquals(null, pitcher, "founder " + m);
                } else {
                    assertEquals(sponsor, pitcher, "member " + m);
                }
            }
            // the unasked counters match the people never pitched
            long unasked = 0;
            for (int p = 0; p < POPULATION; p++) {
                unasked += !log.refused[p] && !log.joined[p] && (c.status(p) & PopulationStatus.MEMBER) == 0 ? 1 : 0;
            }
            assertEquals(unasked, c.status.unasked);
        }
        return logs;
    }

    /** Without reapproaching, a refusal is final: nobody who refused is ever pitched again. */
    @Test
    void refusedPeopleAreNeverPitchedAgain() {
        for (NetworkKind kind : NetworkKind.values()) {
            for (Log log : run(scenario(kind, false, 0.15, 24))) {
                assertTrue(log.pitches > 1_000, kind + ": only " + log.pitches + " pitches");
                assertTrue(Arrays.asList(toBoxed(log.refused)).contains(true), kind + ": nobody refused");
                assertEquals(0, log.pitchesToRefused, kind + ": pitched someone who had refused");
            }
        }
    }

    /**
     * With reapproaching, refusers are pitched again, and a prospect who refused may join later:
     * the same checks catch both, so the first test's zero is not for want of opportunity.
     */
    @Test
    void withReapproachingRefusersArePitchedAgainAndSomeJoinLater() {
        for (NetworkKind kind : NetworkKind.values()) {
            long again = 0;
            long joinedLater = 0;
            for (Log log : run(scenario(kind, true, 0.15, 24))) {
                again += log.pitchesToRefused;
                joinedLater += log.joinsAfterRefusing;
            }
            assertTrue(again > 1000, kind + ": refusers pitched again " + again + " times");
            assertTrue(joinedLater > 10, kind + ": " + joinedLater + " joined after refusing");
        }
    }

    /**
     * A member whose list is used up reports it: on a ring of 400 where everyone accepts, one
     * founder pitching 4 of their 10 acquaintances a month is not done in month 1 (share 0), and
     * once the front has swept the ring every member's acquaintances are all members (share 1).
     */
    @Test
    void membersKnowWhenNobodyIsLeftToAsk() {
        Scenario s = Scenarios.with(Scenario.DEFAULT,
                Scenarios.market(400, 1.0, false, NetworkKind.SMALL_WORLD, 10, 0));
        s = Scenarios.with(s, Scenarios.contacts(1, 4, 1.0, Scenarios.CONSTANT_EFFORT));
        s = Scenarios.with(s, Scenarios.NO_ATTRITION);
        s = Scenarios.run(s, 200, 1, 4);
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(s.seed(), 0), s.months());
        w.run(s.months());
        double[] share = w.series(MlmSeries.SHARE_NO_UNASKED_LEFT);
        assertEquals(0, share[1]);
        assertEquals(400, w.size(), "everyone joined");
        assertEquals(0, w.series(MlmSeries.UNASKED)[s.months()], "everyone asked");
        assertEquals(1.0, share[s.months()]);
        assertFalse(Double.isNaN(share[s.months()]));
    }

    private static Boolean[] toBoxed(boolean[] a) {
        Boolean[] out = new Boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }
}
