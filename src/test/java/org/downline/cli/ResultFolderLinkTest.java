package org.downline.cli;

import static org.downline.testing.Cli.smallRun;
import static org.downline.testing.Folders.assertSameFiles;
import static org.downline.testing.Folders.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symbolic link as {@code --out} stands for its target folder: the set replaces the target (the
 * same atomic rename as any {@code --out}) and the link is kept; a link loop is one line, exit 2.
 */
class ResultFolderLinkTest {

    @TempDir
    Path tmp;

    @Test
    void aLinkedOutWritesIntoItsTargetAndStaysALink() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path target = data.resolve("results");
        Path link = Files.createSymbolicLink(tmp.resolve("latest"), Path.of("data/results"));   // relative, dangling
        Cli first = smallRun(link, "--seed", "3");
        assertEquals(0, first.exit(), first.err());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertTrue(Files.isRegularFile(target.resolve("summary.json")), "the set is in the link's target");
        // a second run replaces the target's set whole, through the link, and leaves nothing beside it
        Cli second = smallRun(link, "--seed", "5");
        assertEquals(0, second.exit(), second.err());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, smallRun(fresh, "--seed", "5").exit());
        assertSameFiles(fresh, target);
        assertEquals(List.of("results"), names(data), "no work folder or earlier set left beside the target");
        assertEquals(List.of("data", "fresh", "latest"), names(tmp));
        // a link to a link is followed too
        Path outer = Files.createSymbolicLink(tmp.resolve("outer"), link);
        assertEquals(0, smallRun(outer, "--seed", "5").exit());
        assertTrue(Files.isSymbolicLink(outer) && Files.isSymbolicLink(link));
        assertSameFiles(fresh, target);
    }

    /** A dangling link whose target's folders are missing: the last line names the folder made, as for any --out. */
    @Test
    void aDanglingLinkedOutNamesTheFoldersItCreates() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("latest"), tmp.resolve("none/deeper/results"));
        Cli r = smallRun(link);
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(tmp.resolve("none/deeper/results/summary.json")), "written where it leads");
        assertTrue(r.out().endsWith("; created the folder '" + tmp.toRealPath().resolve("none")
                + "', which did not exist\n"), r.out());
    }

    @Test
    void aLinkedOutHoldingOtherFilesIsRefusedAsAFolderIs() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(target.resolve("notes.txt"), "my notes");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), target);
        Cli refused = smallRun(link);
        assertEquals(2, refused.exit());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("holds files that are not a Downline result"), refused.err());
        assertEquals("my notes", Files.readString(target.resolve("notes.txt")));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aLinkLoopIsOneLine() throws IOException {
        Path a = tmp.resolve("a");
        Files.createSymbolicLink(a, tmp.resolve("b"));
        Files.createSymbolicLink(tmp.resolve("b"), a);
        Cli r = smallRun(a);
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: --out '" + a + "' is a symbolic link that leads to itself"), r.err());
        assertEquals(List.of("a", "b"), names(tmp));
    }

    /**
     * A ".." after a linked folder leaves the link's target, as the system resolves it (cd, ls, the
     * shell's own redirections), not the folder the link is in; so does a relative link in a linked
     * folder. Both used to be resolved as text, and the set written elsewhere.
     */
    @Test
    void dotDotAfterALinkedFolderLeavesItsTarget() throws IOException {
        Path deep = Files.createDirectories(tmp.resolve("data/runs/today"));
        Path link = Files.createSymbolicLink(tmp.resolve("today"), deep);
        Cli r = smallRun(link.resolve("../mine"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(tmp.resolve("data/runs/mine/summary.json")), "written where the system finds it");
        assertEquals(List.of("data", "today"), names(tmp));
        // a relative link inside the linked folder points from the target folder, not from tmp
        Files.createSymbolicLink(deep.resolve("latest"), Path.of("../mine"));
        Cli again = smallRun(link.resolve("latest"), "--seed", "5");
        assertEquals(0, again.exit(), again.err());
        assertTrue(Files.isSymbolicLink(deep.resolve("latest")), "the link is kept");
        assertEquals(List.of("data", "today"), names(tmp));
        assertEquals(List.of("mine", "today"), names(tmp.resolve("data/runs")));
    }
}
