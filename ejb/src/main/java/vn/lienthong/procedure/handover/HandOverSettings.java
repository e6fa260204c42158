package vn.lienthong.procedure.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.platform.time.Backoff;
import vn.lienthong.platform.time.Durations;

import java.time.Duration;

/** How often the hand-over relay looks for due hand-overs and how it backs off (liberty-config/portal.xml). */
@ApplicationScoped
public class HandOverSettings {

    @Inject
    @ConfigProperty(name = "lienthong.handover.interval", defaultValue = "5s")
    String interval;

    @Inject
    @ConfigProperty(name = "lienthong.handover.backoff", defaultValue = "10s,30s,1m,2m,5m,10m,30m,1h")
    String backoff;

    public Duration interval() {
        return Durations.parse(interval);
    }

    public Backoff backoff() {
        return Backoff.parse(backoff);
    }
}
