package vn.lienthong.web.rest.directory;

import java.util.List;

/** One page of the directory listing. */
public record AgencyPageJson(List<AgencyJson> items, int page, int size, long total) {
}
