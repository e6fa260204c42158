package vn.lienthong.web.console.directory;

import vn.lienthong.directory.agency.AgencyView;

/** One agency in the console's tree: the agency and how deep it sits below the roots shown. */
public record AgencyTreeRow(AgencyView agency, int depth) {

    public String getIndent() {
        return "padding-left:" + (depth * 1.5) + "em";
    }
}
