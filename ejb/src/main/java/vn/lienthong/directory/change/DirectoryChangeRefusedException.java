package vn.lienthong.directory.change;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.BusinessException;

/** An administrator's directory change that would leave the directory inconsistent. */
public class DirectoryChangeRefusedException extends BusinessException {

    private DirectoryChangeRefusedException(String code, String en, String vi, String element) {
        super(code, en, vi, element);
    }

    static DirectoryChangeRefusedException exists(AgencyCode code) {
        return new DirectoryChangeRefusedException("AGENCY_EXISTS", "Agency " + code + " is already in the directory",
                "Cơ quan " + code + " đã có trong danh bạ", "code");
    }

    static DirectoryChangeRefusedException invalidParent(AgencyCode agency, AgencyCode parent, String whyEn, String whyVi) {
        return new DirectoryChangeRefusedException("INVALID_PARENT",
                parent + " cannot be the parent of " + agency + ": " + whyEn,
                parent + " không thể là cơ quan cấp trên của " + agency + ": " + whyVi, "parentCode");
    }

    public static DirectoryChangeRefusedException retired(AgencyCode agency, String element) {
        return new DirectoryChangeRefusedException("AGENCY_RETIRED", "Agency " + agency + " is no longer active",
                "Cơ quan " + agency + " đã ngừng hoạt động", element);
    }

    static DirectoryChangeRefusedException hasActiveChildren(AgencyCode agency, long count) {
        return new DirectoryChangeRefusedException("AGENCY_HAS_ACTIVE_CHILDREN",
                "Agency " + agency + " still has " + count + " active units under it: move or retire them first",
                "Cơ quan " + agency + " vẫn còn " + count + " đơn vị trực thuộc đang hoạt động: cần chuyển hoặc ngừng hoạt động trước",
                "code");
    }

    static DirectoryChangeRefusedException invalidServingHub(AgencyCode agency, AgencyCode hub, String whyEn, String whyVi) {
        return new DirectoryChangeRefusedException("INVALID_SERVING_HUB",
                hub + " cannot serve " + agency + ": " + whyEn,
                hub + " không thể là trục phục vụ " + agency + ": " + whyVi, "hub");
    }

    static DirectoryChangeRefusedException mergeIntoItself(AgencyCode agency) {
        return new DirectoryChangeRefusedException("INVALID_REQUEST", "An agency cannot be merged into itself",
                "Không thể sáp nhập cơ quan " + agency + " vào chính nó", "into");
    }
}
