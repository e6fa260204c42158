package vn.lienthong.reporting.export;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyHierarchy;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.reporting.aggregation.Aggregate;
import vn.lienthong.reporting.aggregation.AggregationService;

/** Aggregated reports as files: XLSX in the regime's layout, CSV for other software. Same access as the aggregate. */
@Stateless
public class ExportService {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=UTF-8";

    @EJB
    AggregationService aggregation;

    @Inject
    AgencyHierarchy hierarchy;

    /** The file and the name it is offered under. */
    public record ExportFile(String fileName, String mediaType, byte[] bytes) {
    }

    public ExportFile xlsx(Caller caller, String regime, String period, AgencyCode agency) {
        Aggregate a = aggregation.compute(caller, regime, period, agency);
        return new ExportFile(name(regime, period, agency, "xlsx"), XLSX, XlsxExport.write(a, hierarchy.tree()));
    }

    public ExportFile csv(Caller caller, String regime, String period, AgencyCode agency) {
        Aggregate a = aggregation.compute(caller, regime, period, agency);
        return new ExportFile(name(regime, period, agency, "csv"), CSV, CsvExport.write(a, hierarchy.tree()));
    }

    private static String name(String regime, String period, AgencyCode agency, String extension) {
        return (regime + "_" + period + "_" + agency.value()).replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension;
    }
}
