package org.downline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real headless Chromium (Debian's {@code /usr/bin/chromium}, or {@code $CHROMIUM}) driven over the
 * Chrome DevTools Protocol on a loopback WebSocket, with the JDK's own HTTP client: no driver, no
 * browser download, no dependency. The browser's network is cut off: every request goes to a proxy
 * on a closed loopback port and every host name resolves to nothing, so a page that needs the
 * network shows it by failing to load, which {@link Page#failedRequests} records.
 *
 * <p>Only what the report's tests need: open a file at a window width, evaluate a script, list the
 * requests, take a full-page screenshot.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    /** The browser binary: {@code $CHROMIUM}, else {@code /usr/bin/chromium}. */
    public static Path binary() {
        String env = System.getenv("CHROMIUM");
        return Path.of(env != null && !env.isBlank() ? env : "/usr/bin/chromium");
    }

    /**
     * Starts the browser.
     *
     * @throws IllegalStateException if there is no browser (install Debian's {@code chromium})
     */
    public static HeadlessChromium start() throws Exception {
        Path bin = binary();
        if (!Files.isExecutable(bin)) {
            throw new IllegalStateException("no Chromium at " + bin + ": install it (Debian: apt-get install "
                    + "chromium; .ci/run does) or set CHROMIUM to its path");
        }
        return new HeadlessChromium(bin);
    }

    private HeadlessChromium(Path bin) throws Exception {
        profile = Files.createTempDirectory("downline-chromium-");
        List<String> cmd = List.of(bin.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--mute-audio", "--force-color-profile=srgb",
                // no network: every request to a closed loopback port, every host name unresolvable
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank");
        process = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String url = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String line;
        while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                url = m.group(1);
                break;
            }
        }
        if (url == null) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not start its DevTools endpoint:\n" + seen);
        }
        Thread drain = new Thread(() -> {
            try {
                while (err.readLine() != null) {
                    // keep the pipe from filling up
                }
            } catch (IOException ignored) {
                // the browser is gone
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(URI.create(url), new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Assembles a message from its frames and hands it to a waiting command or the event list. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode msg = JSON.readTree(text.toString());
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                        if (f != null) {
                            f.complete(msg);
                        }
                    } else {
                        events.add(msg);
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    /** Sends a command (to a page session, or to the browser when {@code session} is null); returns its result. */
    JsonNode send(String session, String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", JSON.valueToTree(params));
        if (session != null) {
            msg.put("sessionId", session);
        }
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.get("result");
    }

    /** Opens {@code file} in a new tab {@code width} CSS pixels wide and waits for its load event. */
    public Page open(Path file, int width, boolean mobile) throws Exception {
        String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        String session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asText();
        Page page = new Page(session);
        send(session, "Network.enable", Map.of());
        send(session, "Page.enable", Map.of());
        send(session, "Runtime.enable", Map.of());
        send(session, "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", mobile));
        int from = events.size();
        send(session, "Page.navigate", Map.of("url", file.toAbsolutePath().toUri().toString()));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (page.events(from, "Page.loadEventFired").isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the page did not finish loading: " + file);
            }
            Thread.sleep(20);
        }
        page.from = from;
        return page;
    }

    /** A tab with a page loaded. */
    public final class Page {
        private final String session;
        private int from;

        private Page(String session) {
            this.session = session;
        }

        private List<JsonNode> events(int start, String method) {
            List<JsonNode> out = new ArrayList<>();
            List<JsonNode> all = new ArrayList<>(events);
            for (JsonNode e : all.subList(Math.min(start, all.size()), all.size())) {
                if (session.equals(e.path("sessionId").asText()) && method.equals(e.path("method").asText())) {
                    out.add(e.get("params"));
                }
            }
            return out;
        }

        /** The value of a JavaScript expression (JSON-serialisable). */
        /**
         * Asserts what every report must do offline: {@code images} images, each loaded (naturalWidth
         * above 0); no failed request and nothing fetched but data: and file: URLs; no script error;
         * nothing injected ran ({@code window.pwned} undefined); no wider than {@code width}.
         */
        public void assertOfflineAndWhole(int images, int width) throws Exception {
            JsonNode loaded = eval("Array.from(document.images).map(i => ({complete: i.complete, "
                    + "width: i.naturalWidth}))");
            org.junit.jupiter.api.Assertions.assertEquals(images, loaded.size());
            for (JsonNode i : loaded) {
                org.junit.jupiter.api.Assertions.assertTrue(i.path("complete").asBoolean()
                        && i.path("width").asInt() > 0, "did not load: " + i);
            }
            org.junit.jupiter.api.Assertions.assertEquals(List.of(), failedRequests());
            for (String url : requestedUrls()) {
                org.junit.jupiter.api.Assertions.assertTrue(url.startsWith("data:") || url.startsWith("file:"),
                        "fetched " + url);
            }
            org.junit.jupiter.api.Assertions.assertEquals(List.of(), scriptErrors());
            org.junit.jupiter.api.Assertions.assertTrue(eval("typeof window.pwned === 'undefined'").asBoolean(),
                    "injected script ran");
            org.junit.jupiter.api.Assertions.assertTrue(eval("document.documentElement.scrollWidth").asInt() <= width,
                    "wider than " + width);
        }

        /**
         * Asserts that every image of the page is a chart that opens full size: it sits in a link to an
         * anchor of the page ({@code chart-image.mustache}: a data: URI in a link is a top-level
         * navigation Chromium refuses, and a second copy would double the page); following it lays the
         * chart over the whole window at one image pixel a CSS pixel — its text at the size it was drawn
         * — in a box that scrolls when the window is narrower than the chart; its "Close" link puts it
         * back in the page at the page's width, and the page is again no wider than the window. Each
         * view is checked after the browser has laid it out.
         */
        public void assertChartsOpenFullSize() throws Exception {
            int images = eval("document.images.length").asInt();
            org.junit.jupiter.api.Assertions.assertTrue(images > 0, "no chart");
            for (int k = 0; k < images; k++) {
                String img = "document.images[" + k + "]";
                JsonNode link = eval("(() => { const a = " + img + ".closest('a'); return a === null ? null : "
                        + "{href: a.getAttribute('href'), inFigure: a.closest('figure') !== null}; })()");
                org.junit.jupiter.api.Assertions.assertTrue(link.isObject(), "image " + k + " is not a link");
                String href = link.path("href").asText();
                org.junit.jupiter.api.Assertions.assertTrue(href.startsWith("#") && link.path("inFigure").asBoolean(),
                        "image " + k + " links to " + href);
                eval(img + ".closest('a').click()");
                JsonNode open = laidOut("(() => { const i = " + img + ", box = i.closest('.chart'), "
                        + "b = box.getBoundingClientRect(); return {hash: location.hash, "
                        + "width: i.clientWidth, natural: i.naturalWidth, position: getComputedStyle(box).position, "
                        + "left: b.left, top: b.top, boxWidth: b.width, boxHeight: b.height, scrolls: "
                        + "box.scrollWidth > box.clientWidth, overflow: getComputedStyle(box).overflowX, "
                        + "close: box.querySelector('a.close').getClientRects().length > 0, "
                        + "window: window.innerWidth, windowHeight: window.innerHeight}; })()");
                String what = "image " + k + " opened: " + open;
                org.junit.jupiter.api.Assertions.assertEquals(href, open.path("hash").asText(), what);
                org.junit.jupiter.api.Assertions.assertEquals(open.path("natural").asDouble(), open.path("width").asDouble(),
                        0.5, what + ": not at full size");
                org.junit.jupiter.api.Assertions.assertEquals("fixed", open.path("position").asText(), what);
                org.junit.jupiter.api.Assertions.assertTrue(open.path("left").asDouble() == 0 && open.path("top").asDouble() == 0
                        && open.path("boxWidth").asDouble() == open.path("window").asDouble()
                        && open.path("boxHeight").asDouble() == open.path("windowHeight").asDouble(),
                        what + ": does not cover the window");
                org.junit.jupiter.api.Assertions.assertEquals("auto", open.path("overflow").asText(), what);
                org.junit.jupiter.api.Assertions.assertEquals(open.path("natural").asInt() > open.path("window").asInt(),
                        open.path("scrolls").asBoolean(), what + ": scrolls only when wider than the window");
                org.junit.jupiter.api.Assertions.assertTrue(open.path("close").asBoolean(), what + ": no Close link");
                eval(img + ".closest('.chart').querySelector('a.close').click()");
                JsonNode closed = laidOut("(() => { const i = " + img + ", box = i.closest('.chart'); return {hash: "
                        + "location.hash, figure: '#' + i.closest('figure').id, position: getComputedStyle(box).position, "
                        + "width: i.getBoundingClientRect().width, window: window.innerWidth, page: "
                        + "document.documentElement.scrollWidth, close: box.querySelector('a.close').getClientRects().length > 0}; })()");
                what = "image " + k + " closed: " + closed;
                org.junit.jupiter.api.Assertions.assertEquals(closed.path("figure").asText(), closed.path("hash").asText(), what);
                org.junit.jupiter.api.Assertions.assertEquals("static", closed.path("position").asText(), what);
                org.junit.jupiter.api.Assertions.assertTrue(closed.path("width").asDouble() < closed.path("window").asDouble()
                        && closed.path("page").asInt() <= closed.path("window").asInt() && !closed.path("close").asBoolean(), what);
            }
        }

        /** {@link #eval} of {@code expression} once the page has been laid out and painted twice more. */
        private JsonNode laidOut(String expression) throws Exception {
            return eval("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(" + expression
                    + "))))");
        }

        public JsonNode eval(String expression) throws Exception {
            JsonNode r = send(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                    "awaitPromise", true));
            if (r.has("exceptionDetails")) {
                throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
            }
            return r.path("result").path("value");
        }

        /** Every URL the page requested since it was opened (data: URLs included where the browser reports them). */
        public List<String> requestedUrls() {
            return events(from, "Network.requestWillBeSent").stream()
                    .map(p -> p.path("request").path("url").asText()).toList();
        }

        /** Every request that failed: its URL (where known) and the error. */
        public List<String> failedRequests() {
            List<String> out = new ArrayList<>();
            for (JsonNode p : events(from, "Network.loadingFailed")) {
                out.add(p.path("requestId").asText() + ": " + p.path("errorText").asText()
                        + (p.path("blockedReason").isMissingNode() ? "" : " (" + p.path("blockedReason").asText() + ")"));
            }
            return out;
        }

        /** Uncaught script errors since the page was opened. */
        public List<String> scriptErrors() {
            return events(from, "Runtime.exceptionThrown").stream().map(JsonNode::toString).toList();
        }

        /**
         * Screenshots the whole page (not just the window) into PNG files of at most {@code sliceHeight}
         * pixels each, {@code prefix-1.png}, {@code prefix-2.png}, ...; returns them.
         */
        public List<Path> screenshot(Path prefix, int sliceHeight) throws Exception {
            JsonNode size = send(session, "Page.getLayoutMetrics", Map.of()).path("cssContentSize");
            double width = size.path("width").asDouble();
            double height = size.path("height").asDouble();
            List<Path> out = new ArrayList<>();
            Path folder = prefix.toAbsolutePath().getParent();
            if (Files.isDirectory(folder)) {                   // slices of an earlier, longer page
                try (Stream<Path> old = Files.list(folder)) {
                    for (Path p : old.filter(p -> p.getFileName().toString().matches(
                            Pattern.quote(prefix.getFileName().toString()) + "-\\d+\\.png")).toList()) {
                        Files.delete(p);
                    }
                }
            }
            int k = 1;
            for (double y = 0; y < height; y += sliceHeight, k++) {
                double h = Math.min(sliceHeight, height - y);
                JsonNode shot = send(session, "Page.captureScreenshot", Map.of("format", "png",
                        "captureBeyondViewport", true,
                        "clip", Map.of("x", 0, "y", y, "width", width, "height", h, "scale", 1)));
                Path file = prefix.resolveSibling(prefix.getFileName() + "-" + k + ".png");
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
                out.add(file);
            }
            return out;
        }

        /** Screenshots what the window shows now, once laid out, into {@code file} (PNG); returns it. */
        public Path windowScreenshot(Path file) throws Exception {
            laidOut("0");
            JsonNode shot = send(session, "Page.captureScreenshot", Map.of("format", "png"));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
            return file;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            // not awaited: the browser may close the socket before it answers
            socket.sendText("{\"id\":" + ids.incrementAndGet() + ",\"method\":\"Browser.close\"}", true)
                    .get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser may already be gone; it is ended below either way
        }
        socket.abort();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
