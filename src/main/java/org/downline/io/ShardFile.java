package org.downline.io;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.ZipException;
import org.downline.engine.PartialResult;
import org.downline.engine.ReplicationResult;
import org.downline.engine.Shard;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.stats.Cohorts;
import org.downline.stats.Outlook;
import org.downline.stats.RankStats;
import org.downline.stats.SignedLogHistogram;
import org.downline.stats.WorldReplication;

/**
 * A shard file: the partial result of some of a run's replications ({@code downline run --shard
 * I/N}), to be merged with the other shards' ({@code downline merge}).
 *
 * <p>Format 1, all numbers big-endian: the 15 ASCII bytes {@code DOWNLINE-SHARD\n}, the format
 * number as an int, then a gzip stream (whose CRC catches corruption and truncation; nothing may
 * follow it) of: Downline's version, the random generator, the scenario as run (the YAML of
 * {@code validate --print}), the seed, the replications of the whole run, the shard (I, N), the
 * count of replications held, each replication's result (metric names and values, cohorts, Lorenz
 * curve, bands, ranks, the newcomer's outlook — a flag, then its count, five percentile, losing, quit
 * and paid rows — monthly series; doubles as their exact bits), the four pooled histograms (non-empty
 * buckets only) and an end mark.
 *
 * @param version   the Downline version that wrote it
 * @param generator the random generator
 * @param yaml      the scenario as run
 * @param shard     which shard of the run it is
 * @param partial   its replications
 */
public record ShardFile(String version, String generator, String yaml, Shard shard, PartialResult partial) {

    /** File name extension of shard files. */
    public static final String EXTENSION = ".shard";
    static final byte[] MAGIC = "DOWNLINE-SHARD\n".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT = 1;
    private static final int END = 0x444f4e45;                 // "DONE"
    /** Bounds on lengths read, so a hostile file cannot ask for absurd allocations. */
    private static final int MAX_ARRAY = 1 << 24;
    private static final int MAX_TEXT = 1 << 24;

    /** The name shard {@code shard} is written under: {@code shard-I-of-N.shard}. */
    public static String fileName(Shard shard) {
        return "shard-" + shard.index() + "-of-" + shard.count() + EXTENSION;
    }

    /** Writes the shard atomically into {@code dir} under {@link #fileName}; returns the file. */
    public static Path write(Path dir, String version, String generator, Shard shard, PartialResult partial) {
        Path file = dir.resolve(fileName(shard));
        AtomicFiles.write(file, encoder(version, generator, shard, partial));
        return file;
    }

    /**
     * The bytes of the shard file {@link #write} would write: how a cluster task hands its partial
     * result to the driver, in the same format and read back with {@link #fromBytes}.
     */
    public static byte[] toBytes(String version, String generator, Shard shard, PartialResult partial) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
        try {
            encoder(version, generator, shard, partial).write(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);                // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * Reads the bytes of a shard file ({@link #toBytes}), checked as {@link #read} checks a file.
     *
     * @param source what the bytes are, for messages (a task, say)
     */
    public static ShardFile fromBytes(byte[] bytes, String source) {
        return read(Path.of(source), () -> new java.io.ByteArrayInputStream(bytes));
    }

    private static AtomicFiles.Body encoder(String version, String generator, Shard shard, PartialResult partial) {
        Scenario s = partial.scenario();
        String yaml = ScenarioWriter.toYaml(s);
        return raw -> {
            raw.write(MAGIC);
            new DataOutputStream(raw).writeInt(FORMAT);
            GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
            DataOutputStream out = new DataOutputStream(gz);
            text(out, version);
            text(out, generator);
            text(out, yaml);
            out.writeLong(s.seed());
            out.writeInt(s.replications());
            out.writeInt(shard.index());
            out.writeInt(shard.count());
            ReplicationResult[] reps = partial.replications();
            out.writeInt(reps.length);
            for (ReplicationResult r : reps) {
                out.writeInt(r.replication());
                world(out, r.mlm());
                matrix(out, r.mlmSeries());
                out.writeBoolean(r.affiliate() != null);
                if (r.affiliate() != null) {
                    world(out, r.affiliate());
                    matrix(out, r.affiliateSeries());
                }
            }
            PartialResult.Pooled p = partial.pooled();
            for (SignedLogHistogram h : List.of(p.mlmNet(), p.mlmGross(), p.affiliateNet(), p.affiliateGross())) {
                histogram(out, h);
            }
            out.writeInt(END);
            out.flush();
            gz.finish();
        };
    }

    /**
     * Reads a shard file.
     *
     * @throws ScenarioException (bad input) if it is not a shard file, is of another format, is
     *                           corrupt or truncated, or its scenario cannot be read by this version
     */
    public static ShardFile read(Path file) {
        return read(file, () -> new BufferedInputStream(Files.newInputStream(file)));
    }

    /** Where a shard's bytes come from. */
    private interface Source {
        InputStream open() throws IOException;
    }

    /**
     * What a shard says of its run, read from its start: the Downline version, the random generator,
     * the scenario as run, the seed, the replications of the whole run and which shard it is.
     */
    record Header(String version, String generator, String yaml, long seed, int replications, Shard shard) {
    }

    /** The stream of a shard's contents after its checked magic line, format number and gzip header. */
    private static DataInputStream contents(Path file, InputStream raw) throws IOException {
        byte[] magic = raw.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw bad(file, "is not a Downline shard file (written by 'downline run --shard I/N')");
        }
        int format = new DataInputStream(raw).readInt();
        if (format != FORMAT) {
            throw bad(file, "is a shard file of format " + format + "; this Downline reads format " + FORMAT);
        }
        // the gzip header GZIPOutputStream writes: magic, deflate, no optional fields, then 6 bytes unread
        byte[] h = raw.readNBytes(10);
        if (h.length < 10) {
            throw new EOFException();
        }
        if ((h[0] & 0xff) != 0x1f || (h[1] & 0xff) != 0x8b || h[2] != 8 || h[3] != 0) {
            throw new ZipException("not the gzip header a shard starts with");
        }
        return new DataInputStream(new Member(raw));
    }

    /** Bytes after the end of a shard's gzip stream. */
    private static final class TrailingData extends IOException {
    }

    /**
     * The gzip stream of a shard's contents, read to its end and not a byte further: Java's
     * {@code GZIPInputStream} reads a second gzip stream after the first as more of the same, and stops
     * at any other bytes after it without a word ({@code cat a.shard a.shard > b.shard} read as
     * {@code a.shard}). {@code raw} is past its header (checked by {@link #contents}); its trailer's
     * CRC-32 and length are checked, and anything after the trailer is refused.
     */
    private static final class Member extends java.util.zip.InflaterInputStream {
        private static final int TRAILER = 8;
        private final CRC32 crc = new CRC32();
        private boolean checked;

        Member(InputStream raw) {
            super(raw, new Inflater(true), 1 << 16);
        }

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
            int got = super.read(b, off, n);
            if (got > 0) {
                crc.update(b, off, got);
            } else if (got < 0 && !checked) {
                checked = true;
                trailer();
            }
            return got;
        }

        /** Checks the trailer, which starts in what the inflater left of its buffer, and that nothing follows. */
        private void trailer() throws IOException {
            int left = inf.getRemaining();
            InputStream rest = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(buf, len - left, left),
                    in);
            byte[] t = rest.readNBytes(TRAILER);
            if (t.length < TRAILER) {
                throw new EOFException();
            }
            java.nio.ByteBuffer trailer = java.nio.ByteBuffer.wrap(t).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            if ((trailer.getInt() & 0xffffffffL) != crc.getValue()
                    || (trailer.getInt() & 0xffffffffL) != (inf.getBytesWritten() & 0xffffffffL)) {
                throw new ZipException("its checksum or length does not match its contents");
            }
            if (rest.read() != -1) {
                throw new TrailingData();
            }
        }

        @Override
        public void close() throws IOException {
            inf.end();
            super.close();
        }
    }

    private static Header header(Path file, DataInputStream in) throws IOException {
        String version = text(in);
        String generator = text(in);
        String yaml = text(in);
        long seed = in.readLong();
        int replications = in.readInt();
        int index = in.readInt();
        int count = in.readInt();
        if (count < 1 || index < 1 || index > count) {
            throw bad(file, "is corrupt: shard " + index + "/" + count);
        }
        return new Header(version, generator, yaml, seed, replications, new Shard(index, count));
    }

    /**
     * Refuses, unless {@code force}, to let {@link #write} replace a shard file in the folder {@code out}
     * ({@code run --shard}'s --out) of another run than this one ({@code version}, {@code generator},
     * {@code shard} of the scenario {@code s}) — one line naming --out, the file and what differs — or a
     * file there that does not read as a shard. A shard of this very run (run again) is replaced.
     */
    public static void refuseOtherRun(Path out, String version, String generator, Shard shard, Scenario s,
            boolean force) {
        Path file = out.resolve(fileName(shard));
        if (force || !Files.exists(file)) {
            return;
        }
        Header h;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
                DataInputStream in = contents(file, raw)) {
            h = header(file, in);
        } catch (ScenarioException e) {
            throw otherRun(out, file, "which " + e.problems().get(0).message());
        } catch (EOFException e) {
            throw otherRun(out, file, "which is truncated");
        } catch (ZipException | IllegalArgumentException e) {
            throw otherRun(out, file, "which is corrupt (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw otherRun(out, file, "which cannot be read (" + ResultFolder.reason(e) + ")");
        }
        String differs = !h.version().equals(version) ? "it was written by Downline " + h.version() + ", this is "
                + version
                : !h.generator().equals(generator) ? "its random generator is " + h.generator() + ", this run's "
                + generator
                : h.seed() != s.seed() ? "its seed is " + h.seed() + ", this run's " + s.seed()
                : h.replications() != s.replications() ? "it is of a run of " + h.replications()
                + " replications, this one of " + s.replications()
                : !h.shard().equals(shard) ? "it is shard " + h.shard() + ", this run's " + shard
                : !h.yaml().equals(ScenarioWriter.toYaml(s)) ? "its scenario differs; compare them with 'downline "
                + "validate --print'"
                : null;
        if (differs != null) {
            throw otherRun(out, file, "a shard of a different run (" + differs + ")");
        }
    }

    private static ScenarioException otherRun(Path out, Path file, String why) {
        return new ScenarioException("--out", "'" + out + "' holds '" + file.getFileName() + "', " + why
                + ": choose another --out, or add --force to replace it");
    }

    private static ShardFile read(Path file, Source source) {
        try (InputStream raw = source.open(); DataInputStream in = contents(file, raw)) {
            Header h = header(file, in);
            int replications = h.replications();
            int held = in.readInt();
            if (held < 0 || held > replications) {
                throw bad(file, "is corrupt: holds " + held + " of " + replications + " replications");
            }
            ReplicationResult[] reps = new ReplicationResult[held];
            for (int k = 0; k < held; k++) {
                int r = in.readInt();
                WorldReplication mlm = world(in);
                double[][] mlmSeries = matrix(in);
                WorldReplication aff = null;
                double[][] affSeries = null;
                if (in.readBoolean()) {
                    aff = world(in);
                    affSeries = matrix(in);
                }
                reps[k] = new ReplicationResult(r, mlm, mlmSeries, aff, affSeries);
            }
            PartialResult.Pooled pooled = new PartialResult.Pooled(histogram(in), histogram(in), histogram(in),
                    histogram(in));
            if (in.readInt() != END || in.read() != -1) {
                throw bad(file, "is corrupt: it does not end where its contents do");
            }
            Scenario scenario = scenario(file, h.yaml(), h.version());
            if (scenario.seed() != h.seed() || scenario.replications() != replications) {
                throw bad(file, "is corrupt: its header disagrees with its scenario");
            }
            PartialResult partial;
            try {
                partial = PartialResult.of(scenario, reps, pooled);
            } catch (IllegalArgumentException e) {
                throw bad(file, "is corrupt: " + e.getMessage());
            }
            for (int r : partial.indices()) {
                if (!h.shard().holds(r)) {
                    throw bad(file, "is corrupt: replication " + r + " does not belong to shard " + h.shard());
                }
            }
            return new ShardFile(h.version(), h.generator(), h.yaml(), h.shard(), partial);
        } catch (ScenarioException e) {
            throw e;
        } catch (EOFException e) {
            throw bad(file, "is truncated (it ends before its contents do)");
        } catch (TrailingData e) {
            throw bad(file, "is corrupt: bytes follow the end of its contents (two files joined into one?)");
        } catch (ZipException e) {
            throw bad(file, "is corrupt (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw bad(file, "is corrupt (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw bad(file, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The shard files in {@code paths} (each a shard file, or a folder whose {@code *.shard} files are
     * all taken), read and checked as one complete set and merged: every shard of this Downline
     * version and of the same scenario (seed and replications included), every replication held by
     * exactly one shard. Order does not matter.
     *
     * @throws ScenarioException naming the shard and the reason, before anything is merged
     */
    public static PartialResult mergeAll(List<Path> paths, String thisVersion) {
        List<Path> files = new java.util.ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inside;
                try (java.util.stream.Stream<Path> list = Files.list(p)) {
                    inside = list.filter(f -> f.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(f))
                            .sorted().toList();
                } catch (IOException e) {
                    throw new ScenarioException("'" + p + "'", "cannot be read: " + e.getMessage());
                }
                if (inside.isEmpty()) {
                    throw new ScenarioException("'" + p + "'", "holds no shard file (*" + EXTENSION
                            + ", written by 'downline run --shard I/N')");
                }
                files.addAll(inside);
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new ScenarioException("'" + p + "'", InputFiles.missing(p));
            }
        }
        ShardFile first = null;
        Path firstFile = null;
        java.util.Map<Integer, Path> holder = new java.util.HashMap<>();
        PartialResult merged = null;
        for (Path f : files) {
            ShardFile s = read(f);
            if (!s.version().equals(thisVersion)) {
                throw bad(f, "was written by Downline " + s.version() + "; this is Downline " + thisVersion
                        + " (merge shards with the version that ran them)");
            }
            if (first == null) {
                first = s;
                firstFile = f;
            } else {
                Scenario a = first.partial().scenario();
                Scenario b = s.partial().scenario();
                if (a.seed() != b.seed()) {
                    throw bad(f, "has seed " + b.seed() + " but '" + firstFile + "' has seed " + a.seed());
                }
                if (a.replications() != b.replications()) {
                    throw bad(f, "is of a run of " + b.replications() + " replications but '" + firstFile
                            + "' of " + a.replications());
                }
                if (!first.yaml().equals(s.yaml()) || !a.equals(b)) {
                    throw bad(f, "is of a different scenario than '" + firstFile + "' (compare them with "
                            + "'downline validate --print')");
                }
                if (!first.generator().equals(s.generator())) {
                    throw bad(f, "used the random generator " + s.generator() + " but '" + firstFile + "' "
                            + first.generator());
                }
            }
            for (int r : s.partial().indices()) {
                Path other = holder.putIfAbsent(r, f);
                if (other != null) {
                    throw bad(f, "holds replication " + r + ", which '" + other + "' holds too");
                }
            }
            merged = merged == null ? s.partial() : merged.merge(s.partial());
        }
        if (merged == null) {
            throw new ScenarioException("SHARD", "must name at least one shard file or folder");
        }
        int missing = merged.firstMissing();
        if (missing >= 0) {
            Shard shard = first.shard();
            throw new ScenarioException("shards", "are incomplete: replication " + missing + " of "
                    + merged.scenario().replications() + " is in none of the " + files.size()
                    + " given (it belongs to shard " + (missing % shard.count() + 1) + "/" + shard.count() + ")");
        }
        return merged;
    }

    private static Scenario scenario(Path file, String yaml, String version) {
        try {
            return ScenarioReader.fromText(yaml, List.of(), file.getFileName().toString());
        } catch (ScenarioException e) {
            throw bad(file, "holds a scenario this Downline cannot read (the shard was written by Downline "
                    + version + "): " + e.getMessage());
        }
    }

    private static ScenarioException bad(Path file, String what) {
        return new ScenarioException("shard '" + file + "'", what);
    }

    // ---- values ----

    private static void world(DataOutputStream out, WorldReplication w) throws IOException {
        out.writeInt(w.names().length);
        for (String n : w.names()) {
            text(out, n);
        }
        doubles(out, w.values());
        Cohorts c = w.cohorts();
        matrix(out, new double[][] {c.count(), c.shareLosingMoney(), c.medianNet(), c.meanNet(), c.meanGross()});
        doubles(out, w.lorenz());
        doubles(out, w.bands());
        RankStats r = w.ranks();
        out.writeBoolean(r != null);
        if (r != null) {
            matrix(out, new double[][] {r.share(), r.meanNet(), r.medianNet(), r.shareLosingMoney(), r.meanGross()});
        }
        Outlook o = w.outlook();
        out.writeBoolean(o != null);
        if (o != null) {
            List<double[]> rows = new java.util.ArrayList<>(List.of(o.count()));
            rows.addAll(List.of(o.netPercentiles()));
            rows.addAll(List.of(o.shareLosingMoney(), o.shareQuit(), o.sharePaid()));
            matrix(out, rows.toArray(double[][]::new));
        }
    }

    private static WorldReplication world(DataInputStream in) throws IOException {
        int n = length(in);
        String[] names = new String[n];
        for (int k = 0; k < n; k++) {
            names[k] = text(in);
        }
        double[] values = doubles(in);
        if (values.length != n) {
            throw new IllegalArgumentException(n + " metric names but " + values.length + " values");
        }
        double[][] c = matrix(in, 5);
        Cohorts cohorts = new Cohorts(c[0], c[1], c[2], c[3], c[4]);
        double[] lorenz = doubles(in);
        double[] bands = doubles(in);
        RankStats ranks = null;
        if (in.readBoolean()) {
            double[][] r = matrix(in, 5);
            ranks = new RankStats(r[0], r[1], r[2], r[3], r[4]);
        }
        Outlook outlook = null;
        if (in.readBoolean()) {
            final int p = Outlook.PERCENTILES.length;
            double[][] o = matrix(in, 4 + p);
            outlook = new Outlook(o[0], Arrays.copyOfRange(o, 1, 1 + p), o[1 + p], o[2 + p], o[3 + p]);
        }
        return new WorldReplication(names, values, cohorts, lorenz, bands, ranks, outlook);
    }

    private static void matrix(DataOutputStream out, double[][] rows) throws IOException {
        out.writeInt(rows.length);
        for (double[] row : rows) {
            doubles(out, row);
        }
    }

    private static double[][] matrix(DataInputStream in) throws IOException {
        double[][] rows = new double[length(in)][];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = doubles(in);
        }
        return rows;
    }

    private static double[][] matrix(DataInputStream in, int expectedRows) throws IOException {
        double[][] rows = matrix(in);
        if (rows.length != expectedRows) {
            throw new IllegalArgumentException("a table of " + rows.length + " rows where " + expectedRows
                    + " belong");
        }
        return rows;
    }

    private static void doubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeLong(Double.doubleToRawLongBits(v));
        }
    }

    private static double[] doubles(DataInputStream in) throws IOException {
        double[] values = new double[length(in)];
        for (int k = 0; k < values.length; k++) {
            values[k] = Double.longBitsToDouble(in.readLong());
        }
        return values;
    }

    private static void histogram(DataOutputStream out, SignedLogHistogram h) throws IOException {
        SignedLogHistogram.State s = h.state();
        for (long[][] pair : new long[][][] {{s.posCount(), s.posSum()}, {s.negCount(), s.negSum()}}) {
            int used = 0;
            for (long c : pair[0]) {
                used += c != 0 ? 1 : 0;
            }
            out.writeInt(used);
            for (int b = 0; b < pair[0].length; b++) {
                if (pair[0][b] != 0) {
                    out.writeInt(b);
                    out.writeLong(pair[0][b]);
                    out.writeLong(pair[1][b]);
                }
            }
        }
    }

    private static SignedLogHistogram histogram(DataInputStream in) throws IOException {
        final int buckets = SignedLogHistogram.buckets();
        long[][] arrays = new long[4][buckets];
        for (int half = 0; half < 2; half++) {
            int used = in.readInt();
            if (used < 0 || used > buckets) {
                throw new IllegalArgumentException("a histogram of " + used + " buckets");
            }
            int last = -1;
            for (int k = 0; k < used; k++) {
                int b = in.readInt();
                if (b <= last || b >= buckets) {
                    throw new IllegalArgumentException("histogram bucket " + b + " out of order");
                }
                last = b;
                arrays[2 * half][b] = in.readLong();
                arrays[2 * half + 1][b] = in.readLong();
            }
        }
        return SignedLogHistogram.of(new SignedLogHistogram.State(arrays[0], arrays[1], arrays[2], arrays[3]));
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_TEXT) {
            throw new IllegalArgumentException("a text of " + n + " bytes");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_ARRAY) {
            throw new IllegalArgumentException("an array of " + n + " entries");
        }
        return n;
    }
}
