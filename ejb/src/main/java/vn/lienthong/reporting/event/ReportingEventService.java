package vn.lienthong.reporting.event;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.directory.credential.Caller;

import java.util.List;

/** What the console and agencies' software read: reporting events after a cursor. */
@Stateless
public class ReportingEventService {

    @Inject
    ReportingEvents events;

    public ReportingEventView.Page after(Caller caller, long after, Integer limit) {
        if (after < 0) {
            throw new InvalidRequestException("after", "after is 0 or a cursor the hub gave", "after là 0 hoặc con trỏ do Trục trả về");
        }
        List<ReportingEventView> found = events.after(after, caller.agency(), Slice.limit(limit)).stream()
                .map(ReportingEventView::of).toList();
        return new ReportingEventView.Page(found, found.isEmpty() ? after : found.get(found.size() - 1).id());
    }
}
