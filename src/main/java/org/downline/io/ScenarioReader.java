package org.downline.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.downline.scenario.AffiliateConfig;
import org.downline.scenario.AttritionConfig;
import org.downline.scenario.Compression;
import org.downline.scenario.DistributionConfig;
import org.downline.scenario.DistributionKind;
import org.downline.scenario.EconomicsConfig;
import org.downline.scenario.Entrants;
import org.downline.scenario.MarketConfig;
import org.downline.scenario.NetworkConfig;
import org.downline.scenario.NetworkKind;
import org.downline.scenario.Placement;
import org.downline.scenario.PlanConfig;
import org.downline.scenario.PlanType;
import org.downline.scenario.Problem;
import org.downline.scenario.QualificationConfig;
import org.downline.scenario.RecruitmentConfig;
import org.downline.scenario.RecruitmentModel;
import org.downline.scenario.RetailConfig;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.scenario.Tier;

/**
 * Reads scenario files (format 1, see SCENARIO.md) into validated {@link Scenario}s.
 *
 * <p>YAML is parsed by Jackson into a tree; {@code --set key.path=value} overrides are applied to
 * the tree; then every key is read with its default, every value checked by the record it belongs
 * to, and every problem collected — wrong types, out-of-range values, unknown keys (with the nearest
 * known key), impossible combinations — so that {@link #problems} can list them all at once.
 */
public final class ScenarioReader {

    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().build().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

    private ScenarioReader() {
    }

    /** Reads a scenario file with overrides. @throws ScenarioException listing every problem */
    public static Scenario read(Path file, List<String> overrides) {
        return fromTree(parse(file), overrides, file.getFileName().toString());
    }

    /** Reads scenario text with overrides. @throws ScenarioException listing every problem */
    public static Scenario fromText(String yaml, List<String> overrides, String source) {
        return fromTree(parseText(yaml, source), overrides, source);
    }

    /** Every problem of a scenario file with overrides; empty if it is valid. */
    public static List<Problem> problems(Path file, List<String> overrides) {
        try {
            read(file, overrides);
            return List.of();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }

    /** Parses a YAML file into a tree (an empty file is an empty mapping). */
    static ObjectNode parse(Path file) {
        return parseText(InputFiles.read(file), file.toString());
    }

    static ObjectNode parseText(String text, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().split("\\R")[0];
            throw new ScenarioException(source, "is not valid YAML" + where + ": " + why);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!root.isObject()) {
            throw new ScenarioException(source, "must be a mapping of keys (such as 'months: 36'), was "
                    + root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        return (ObjectNode) root;
    }

    /** Applies {@code key.path=value} overrides to a tree; values are YAML (numbers, lists, text). */
    static void applyOverrides(ObjectNode root, List<String> overrides) {
        List<Problem> problems = new ArrayList<>();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                problems.add(new Problem("--set", "expects key.path=value (such as market.population=5e6), was '"
                        + o + "'"));
                continue;
            }
            String path = o.substring(0, eq).trim();
            String text = o.substring(eq + 1).trim();
            JsonNode value;
            if (text.isEmpty()) {
                value = TextNode.valueOf("");
            } else {
                try {
                    value = YAML.readTree(text);
                } catch (JsonProcessingException e) {
                    problems.add(new Problem(path, "cannot be set to '" + text + "': not a YAML value"));
                    continue;
                }
            }
            String[] keys = path.split("\\.", -1);
            ObjectNode at = root;
            boolean ok = true;
            for (int k = 0; k < keys.length - 1 && ok; k++) {
                if (keys[k].isEmpty()) {
                    ok = false;
                    break;
                }
                JsonNode next = at.get(keys[k]);
                if (next == null || next.isNull()) {
                    at = at.putObject(keys[k]);
                } else if (next.isObject()) {
                    at = (ObjectNode) next;
                } else {
                    problems.add(new Problem(String.join(".", java.util.Arrays.copyOf(keys, k + 1)),
                            "holds a value, not a mapping, so --set " + path + " cannot apply"));
                    ok = false;
                }
            }
            if (ok && keys[keys.length - 1].isEmpty()) {
                problems.add(new Problem("--set", "has an empty key in '" + o + "'"));
                ok = false;
            }
            if (ok) {
                at.set(keys[keys.length - 1], value);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    static Scenario fromTree(ObjectNode root, List<String> overrides, String source) {
        applyOverrides(root, overrides);
        List<Problem> problems = new ArrayList<>();
        Section s = new Section("", root, problems);
        Scenario scenario = new Reader(problems).scenario(s, source);
        Set<String> known = new LinkedHashSet<>();
        s.collectKnown(known);
        s.finish(known);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return scenario;
    }

    /** The reading proper: one method per record, defaults from the record's DEFAULT. */
    private static final class Reader {
        private final List<Problem> problems;

        Reader(List<Problem> problems) {
            this.problems = problems;
        }

        /** Constructs a record, turning its validation failure into problems and the fallback. */
        private <T> T build(Section s, Supplier<T> ctor, T fallback) {
            try {
                return ctor.get();
            } catch (ScenarioException e) {
                e.problems().forEach(p -> problems.add(p.under(s.path())));
                return fallback;
            }
        }

        Scenario scenario(Section s, String source) {
            Scenario d = Scenario.DEFAULT;
            String defaultName = source == null ? d.name() : source.replaceFirst("\\.ya?ml$", "");
            String name = s.text("name", defaultName);
            String description = s.text("description", "");
            int months = s.integer32("months", d.months());
            int replications = s.integer32("replications", d.replications());
            long seed = s.integer("seed", d.seed());
            MarketConfig market = market(s.child("market"));
            RecruitmentConfig recruitment = recruitment(s.child("recruitment"));
            AttritionConfig attrition = attrition(s.child("attrition"));
            EconomicsConfig economics = economics(s.child("economics"));
            PlanConfig plan = plan(s.child("plan"));
            AffiliateConfig affiliate = affiliate(s.child("affiliate"));
            if (!problems.isEmpty()) {
                // Cross-checks between sections would only repeat, or misreport, what is wrong.
                try {
                    new org.downline.scenario.Checks()
                            .inRange("months", months, 1, Scenario.MAX_MONTHS)
                            .inRange("replications", replications, 1, Scenario.MAX_REPLICATIONS)
                            .throwIfAny();
                } catch (ScenarioException e) {
                    problems.addAll(e.problems());
                }
                return null;
            }
            return build(s, () -> new Scenario(name, description, months, replications, seed, market,
                    recruitment, attrition, economics, plan, affiliate), null);
        }

        MarketConfig market(Section s) {
            MarketConfig d = MarketConfig.DEFAULT;
            long population = s.integer("population", d.population());
            double share = s.number("prospectShare", d.prospectShare());
            boolean reapproach = s.bool("reapproachRefused", d.reapproachRefused());
            NetworkConfig network = network(s.child("network"));
            return build(s, () -> new MarketConfig(population, share, reapproach, network), d);
        }

        NetworkConfig network(Section s) {
            NetworkConfig d = NetworkConfig.DEFAULT;
            NetworkKind kind = s.choice("kind", NetworkKind.class, d.kind());
            int degree = s.integer32("degree", d.degree());
            double rewiring = s.number("rewiring", d.rewiring());
            return build(s, () -> new NetworkConfig(kind, degree, rewiring), d);
        }

        RecruitmentConfig recruitment(Section s) {
            RecruitmentConfig d = RecruitmentConfig.DEFAULT;
            RecruitmentModel model = s.choice("model", RecruitmentModel.class, d.model());
            int founders = s.integer32("founders", d.founders());
            int delay = s.integer32("startDelayMonths", d.startDelayMonths());
            double p = s.number("innovation", d.innovation());
            double q = s.number("imitation", d.imitation());
            double contacts = s.number("contactsPerMonth", d.contactsPerMonth());
            double acceptance = s.number("acceptance", d.acceptance());
            int perMonth = s.integer32("perMonth", d.perMonth());
            int cap = s.integer32("frontlineCap", d.frontlineCap());
            DistributionConfig effort = distribution(s.child("effort"), d.effort());
            return build(s, () -> new RecruitmentConfig(model, founders, delay, p, q, contacts, acceptance,
                    perMonth, cap, effort), d);
        }

        DistributionConfig distribution(Section s, DistributionConfig d) {
            DistributionKind kind = s.choice("distribution", DistributionKind.class, d.distribution());
            double median = s.number("median", d.median());
            double sigma = s.number("sigma", d.sigma());
            double alpha = s.number("alpha", d.alpha());
            return build(s, () -> new DistributionConfig(kind, median, sigma, alpha), d);
        }

        AttritionConfig attrition(Section s) {
            AttritionConfig d = AttritionConfig.DEFAULT;
            double quit = s.number("quitPerMonth", d.quitPerMonth());
            int red = s.integer32("quitAfterMonthsInRed", d.quitAfterMonthsInRed());
            return build(s, () -> new AttritionConfig(quit, red), d);
        }

        EconomicsConfig economics(Section s) {
            EconomicsConfig d = EconomicsConfig.DEFAULT;
            double kit = s.number("starterKit", d.starterKit());
            double fee = s.number("monthlyFee", d.monthlyFee());
            double required = s.number("requiredVolume", d.requiredVolume());
            double value = s.number("productValueShare", d.productValueShare());
            double other = s.number("otherCostsPerMonth", d.otherCostsPerMonth());
            RetailConfig retail = retail(s.child("retail"));
            return build(s, () -> new EconomicsConfig(kit, fee, required, value, other, retail), d);
        }

        RetailConfig retail(Section s) {
            RetailConfig d = RetailConfig.DEFAULT;
            double customers = s.number("customersPerMonth", d.customersPerMonth());
            double order = s.number("orderValue", d.orderValue());
            double margin = s.number("margin", d.margin());
            return build(s, () -> new RetailConfig(customers, order, margin), d);
        }

        PlanConfig plan(Section s) {
            PlanConfig d = PlanConfig.DEFAULT;
            PlanType type = s.choice("type", PlanType.class, d.type());
            QualificationConfig qualification = qualification(s.child("qualification"));
            Compression compression = s.choice("compression", Compression.class, d.compression());
            List<Double> levels = s.numbers("levels", d.levels());
            int width = s.integer32("width", d.width());
            int depth = s.integer32("depth", d.depth());
            double rate = s.number("rate", d.rate());
            double cap = s.number("capPerMonth", d.capPerMonth());
            boolean carry = s.bool("carryForward", d.carryForward());
            Placement placement = s.choice("placement", Placement.class, d.placement());
            List<Tier> tiers = s.list("tiers", this::tier);
            double breakaway = s.number("breakawayVolume", d.breakawayVolume());
            double override = s.number("overrideRate", d.overrideRate());
            int generations = s.integer32("overrideGenerations", d.overrideGenerations());
            List<Tier> steps = tiers == null ? d.tiers() : tiers;
            return build(s, () -> new PlanConfig(type, qualification, compression, levels, width, depth,
                    rate, cap, carry, placement, steps, breakaway, override, generations), d);
        }

        QualificationConfig qualification(Section s) {
            QualificationConfig d = QualificationConfig.DEFAULT;
            double pv = s.number("personalVolume", d.personalVolume());
            boolean legs = s.bool("recruitOnEachLeg", d.recruitOnEachLeg());
            return build(s, () -> new QualificationConfig(pv, legs), d);
        }

        Tier tier(Section s) {
            double gv = s.number("groupVolume", 0);
            double rate = s.number("rate", 0);
            return build(s, () -> new Tier(gv, rate), null);
        }

        AffiliateConfig affiliate(Section s) {
            AffiliateConfig d = AffiliateConfig.DEFAULT;
            boolean enabled = s.bool("enabled", d.enabled());
            Entrants entrants = entrants(s, d.entrants());
            double demand = s.number("demandPerMonth", d.demandPerMonth());
            int incumbents = s.integer32("incumbents", d.incumbents());
            double zipf = s.number("zipfExponent", d.zipfExponent());
            DistributionConfig posts = distribution(s.child("postsPerMonth"), d.postsPerMonth());
            DistributionConfig quality = distribution(s.child("siteQuality"), d.siteQuality());
            double rankNoise = s.number("rankNoise", d.rankNoise());
            double ctr = s.number("clickThrough", d.clickThrough());
            double conversion = s.number("conversion", d.conversion());
            double order = s.number("orderValue", d.orderValue());
            double commission = s.number("commission", d.commission());
            double variation = s.number("funnelVariation", d.funnelVariation());
            boolean orderNoise = s.bool("orderNoise", d.orderNoise());
            double startup = s.number("startupCost", d.startupCost());
            double costs = s.number("costsPerMonth", d.costsPerMonth());
            double quit = s.number("quitPerMonth", d.quitPerMonth());
            int red = s.integer32("quitAfterMonthsInRed", d.quitAfterMonthsInRed());
            return build(s, () -> new AffiliateConfig(enabled, entrants, demand, incumbents, zipf, posts, quality, rankNoise,
                    ctr, conversion, order, commission, variation, orderNoise, startup, costs, quit, red), d);
        }

        Entrants entrants(Section s, Entrants fallback) {
            JsonNode v = s.raw("entrants");
            if (v == null) {
                return fallback;
            }
            if (v.isTextual() && v.asText().equals("mlm")) {
                return Entrants.MLM;
            }
            if (v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue())) {
                double count = v.doubleValue();
                try {
                    return Entrants.fixed((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, count)));
                } catch (ScenarioException e) {
                    problems.add(Problem.of(s.key("entrants"), "'mlm' or a whole number in [1, 100000000]",
                            v.numberValue()));
                    return fallback;
                }
            }
            problems.add(Problem.of(s.key("entrants"), "'mlm' or a whole number in [1, 100000000]",
                    Section.given(v)));
            return fallback;
        }
    }
}
