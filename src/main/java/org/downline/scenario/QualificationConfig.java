package org.downline.scenario;

/**
 * What a member must do in a month to be paid that month (every plan).
 *
 * @param personalVolume   least personal volume (own purchases plus retail sales), dollars
 * @param recruitOnEachLeg binary: also at least one active personal recruit in each leg
 */
public record QualificationConfig(double personalVolume, boolean recruitOnEachLeg) {

    public static final Key<Double> PERSONAL_VOLUME = Key.number("personalVolume", 100, Range.MONEY,
            "a member earns only in months with at least this personal volume, dollars");
    public static final Key<Boolean> RECRUIT_ON_EACH_LEG = Key.bool("recruitOnEachLeg", false,
            "binary: also an active personal recruit in each leg").onlyFor(BinaryConfig.NAME);

    public static final Schema<QualificationConfig> SCHEMA = Schema.<QualificationConfig>builder()
            .bind(PERSONAL_VOLUME, QualificationConfig::personalVolume)
            .bind(RECRUIT_ON_EACH_LEG, QualificationConfig::recruitOnEachLeg)
            .build(v -> new QualificationConfig(v.get(PERSONAL_VOLUME), v.get(RECRUIT_ON_EACH_LEG)));

    public static final QualificationConfig DEFAULT = SCHEMA.defaults();

    public QualificationConfig {
        new Checks().check(PERSONAL_VOLUME, personalVolume).check(RECRUIT_ON_EACH_LEG, recruitOnEachLeg)
                .throwIfAny();
    }
}
