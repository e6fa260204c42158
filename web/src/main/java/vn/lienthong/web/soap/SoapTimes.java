package vn.lienthong.web.soap;

import vn.lienthong.platform.time.HubClock;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Times in SOAP messages: instants with Vietnam's offset (as REST writes them), local times without one. */
public final class SoapTimes {

    private static final DatatypeFactory FACTORY;

    static {
        try {
            FACTORY = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SoapTimes() {
    }

    public static XMLGregorianCalendar of(Instant instant) {
        return instant == null ? null
                : FACTORY.newXMLGregorianCalendar(instant.atZone(HubClock.ZONE).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    public static XMLGregorianCalendar of(LocalDateTime time) {
        return time == null ? null : FACTORY.newXMLGregorianCalendar(time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    }
}
