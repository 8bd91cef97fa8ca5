package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import org.downline.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

class GenealogyReaderTest {

    private static GenealogyFile read(String csv) throws Exception {
        return GenealogyReader.read(new StringReader(csv), "g.csv");
    }

    private static String error(String csv) {
        return assertThrows(ScenarioException.class, () -> read(csv)).getMessage();
    }

    @Test
    void rowsInAnyOrderAreRenumberedSponsorFirst() throws Exception {
        GenealogyFile f = read("id,sponsor,volume\nc,b,30\na,,10\nb,a,20\nd,a,40\n");
        assertArrayEquals(new String[] {"a", "b", "c", "d"}, f.ids());
        assertArrayEquals(new int[] {2, 3, 1, 4}, f.fileRow());
        assertEquals(-1, f.genealogy().sponsor[0]);
        assertEquals(0, f.genealogy().sponsor[1]);
        assertEquals(1, f.genealogy().sponsor[2]);
        assertEquals(30, f.genealogy().volume[2]);
    }

    @Test
    void optionalColumns() throws Exception {
        GenealogyFile f = read("id,sponsor,volume,placement,leg,carryLeft,carryRight,active\n"
                + "a,,1,,,,,\nb,a,2,a,l,5,,false\n");
        assertEquals(0, f.placementParent()[1]);
        assertEquals('L', f.leg()[1]);
        assertEquals(5, f.carryLeft()[1]);
        assertEquals(0, f.carryRight()[1]);
        assertEquals(false, f.genealogy().active[1]);
        assertEquals(true, f.genealogy().active[0]);
    }

    @Test
    void malformedFilesSayWhereAndWhat() {
        assertEquals("g.csv has no 'volume' column (header was id,sponsor)", error("id,sponsor\na,\n"));
        assertEquals("g.csv has an unknown column 'colour' (columns: id, sponsor, volume; optional: placement, "
                + "leg, carryLeft, carryRight, active)", error("id,sponsor,volume,colour\n"));
        assertEquals("g.csv line 3: column volume must be a number in [0, 1e12], was 'ten'",
                error("id,sponsor,volume\na,,1\nb,a,ten\n"));
        // a number as typed, without quotes (as a scenario's and an option's are), other text in them
        assertEquals("g.csv line 3: column volume must be a number in [0, 1e12], was -5",
                error("id,sponsor,volume\na,,1\nb,a,-5\n"));
        assertEquals("g.csv line 3: column carryLeft must be a number in [0, 1e12], was 1e99",
                error("id,sponsor,volume,carryLeft\na,,1,\nb,a,1,1e99\n"));
        assertEquals("g.csv line 3: column volume must be a number in [0, 1e12], was 'NaN'",
                error("id,sponsor,volume\na,,1\nb,a,NaN\n"));
        assertEquals("g.csv line 3: column sponsor names 'z', which is not the id of any member",
                error("id,sponsor,volume\na,,1\nb,z,1\n"));
        assertEquals("g.csv line 3: repeats id 'a' (ids must be unique)", error("id,sponsor,volume\na,,1\na,,1\n"));
        assertEquals("g.csv has a cycle of sponsors or placements through id 'a': a member cannot be in their own upline",
                error("id,sponsor,volume\na,b,1\nb,a,1\n"));
        assertEquals("g.csv line 2 has 2 fields, the header has 3", error("id,sponsor,volume\na,\n"));
        assertEquals("g.csv has a header but no members", error("id,sponsor,volume\n"));
        assertEquals("g.csv line 2: column active must be true or false, was 'yes'",
                error("id,sponsor,volume,active\na,,1,yes\n"));
        assertEquals("g.csv line 2: column leg must be L, R or empty, was 'X'",
                error("id,sponsor,volume,leg\na,,1,X\n"));
    }

    @Test
    void problemsComeInTheOrderTheyAlwaysHave() {
        // a CSV error anywhere, then the header's, then the first bad row, then references, then cycles
        assertEquals("g.csv line 3 has text after a closing quote (\") before the next comma",
                error("id,sponsor,volume\na,,ten\nb,\"a\"x,1\n"));
        assertEquals("g.csv has an unknown column 'colour' (columns: id, sponsor, volume; optional: placement, "
                + "leg, carryLeft, carryRight, active)", error("id,sponsor,volume,colour\na,,ten,red\n"));
        assertEquals("g.csv line 3: column volume must be a number in [0, 1e12], was 'ten'",
                error("id,sponsor,volume\na,z,1\nb,a,ten\n"));
        assertEquals("g.csv line 3: column sponsor names the member itself ('a')",
                error("id,sponsor,volume\nb,a,1\na,a,1\nc,b,1\n"));
        assertEquals("g.csv line 2: column placement names 'z', which is not the id of any member",
                error("id,sponsor,volume,placement\nb,a,1,z\na,,1,b\n"));
        assertEquals("g.csv has a cycle of sponsors or placements through id 'b': a member cannot be in their own "
                + "upline", error("id,sponsor,volume\nb,a,1\na,b,1\n"));
    }

    @Test
    void aLongFieldIsEchoedCutWithItsLength() {
        String volume = "9".repeat(5000);
        assertEquals("g.csv line 2: column volume must be a number in [0, 1e12], was " + "9".repeat(60)
                + "… (5,000 characters)", error("id,sponsor,volume\na,," + volume + "\n"));
        String sponsor = "y".repeat(3000);
        assertEquals("g.csv line 3: column sponsor names '" + "y".repeat(60) + "…' (3,000 characters), which is "
                + "not the id of any member", error("id,sponsor,volume\na,,1\nb," + sponsor + ",1\n"));
        String id = "x".repeat(2000);
        assertEquals("g.csv line 3: repeats id '" + "x".repeat(60) + "…' (2,000 characters) (ids must be unique)",
                error("id,sponsor,volume\n" + id + ",,1\n" + id + ",,1\n"));
        // 60 characters are echoed whole
        assertEquals("g.csv line 2: column active must be true or false, was '" + "n".repeat(60) + "'",
                error("id,sponsor,volume,active\na,,1," + "n".repeat(60) + "\n"));
    }
}
