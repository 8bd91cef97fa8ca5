package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.downline.engine.AbcSmc;
import org.junit.jupiter.api.Test;

/**
 * The fit's algorithm settings are declared once ({@link FitFiles#ALGORITHM_SETTINGS}): fit-settings.json
 * writes each, in order, as the number it is, and report.html lists the same names.
 */
class FitSettingsTest {

    @Test
    void theFileHoldsEachSettingInOrderAsTheNumberItIs() {
        ObjectNode node = FitFiles.object();
        FitFiles.putSettings(node, new AbcSmc.Settings(20, 3_000_000_000L, 0.5, 0.01, 0.25, 4, 7, 2));
        assertEquals("{\"particles\":20,\"budget\":3000000000,\"quantile\":0.5,\"minAcceptance\":0.01,"
                + "\"minTolerance\":0.25,\"maxGenerations\":4}", node.toString());
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        assertEquals(FitFiles.ALGORITHM_SETTINGS.stream().map(FitFiles.Setting::name).toList(), names);
    }
}
