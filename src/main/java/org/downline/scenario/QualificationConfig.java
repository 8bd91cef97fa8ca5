package org.downline.scenario;

/**
 * What a member must do in a month to be paid that month.
 *
 * @param personalVolume   least personal volume (own purchases plus retail sales), dollars
 * @param recruitOnEachLeg binary: also at least one active personal recruit in each leg
 */
public record QualificationConfig(double personalVolume, boolean recruitOnEachLeg) {

    public static final QualificationConfig DEFAULT = new QualificationConfig(100, false);

    public QualificationConfig {
        new Checks().money("personalVolume", personalVolume).throwIfAny();
    }
}
