package vn.lienthong.directory.credential;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.BusinessException;

/**
 * An agency tried to change its secret while signed in with the one it replaced. The old secret
 * still signs in during its grace period so that software keeps working, but whoever holds only
 * the old secret (perhaps the reason it was changed) must not choose the next one.
 */
public class CurrentSecretRequiredException extends BusinessException {

    public CurrentSecretRequiredException(AgencyCode agency) {
        super("CURRENT_SECRET_REQUIRED",
                "Agency " + agency + " signed in with its previous secret: sign in with the current secret (or a "
                        + "registered client certificate) to change it",
                "Cơ quan " + agency + " đang đăng nhập bằng mật khẩu cũ: cần đăng nhập bằng mật khẩu hiện tại (hoặc "
                        + "chứng thư số máy khách đã đăng ký) để đổi mật khẩu");
    }
}
