package vn.lienthong.reporting.obligation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.time.HubClock;
import vn.lienthong.reporting.period.Frequency;
import vn.lienthong.reporting.period.PeriodKey;
import vn.lienthong.reporting.regime.Regime;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.regime.RegimeRepository;
import vn.lienthong.reporting.regime.RegimeService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Opens, for every auto-opening regime, the period whose data window holds today, once. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PeriodOpener {

    private static final Logger LOG = Logger.getLogger(PeriodOpener.class.getName());

    @Inject
    RegimeRepository regimes;

    @EJB
    RegimeService regimeService;

    @Inject
    PeriodRepository periods;

    @EJB
    PeriodService periodService;

    @Inject
    Clock clock;

    public void openDuePeriods() {
        LocalDate today = LocalDate.now(clock.withZone(HubClock.ZONE));
        for (Regime regime : regimes.all()) {
            if (regime.frequency() == Frequency.AD_HOC) {
                continue;
            }
            RegimeDefinition latest = regimeService.version(regime.code(), regime.currentVersion()).definition();
            Optional<PeriodKey> current = PeriodKey.containing(regime.frequency(), latest.window(), today);
            if (current.isEmpty() || !regimeService.versionFor(regime.code(), current.get()).definition().autoOpen()
                    || periods.find(regime.code(), current.get()).isPresent()) {
                continue;
            }
            try {
                periodService.openAutomatically(regime.code(), current.get());
            } catch (BusinessException e) {
                LOG.log(Level.WARNING, "Period {0} of regime {1} was not opened automatically: {2}",
                        new Object[]{current.get(), regime.code(), e.getMessage()});
            }
        }
    }
}
