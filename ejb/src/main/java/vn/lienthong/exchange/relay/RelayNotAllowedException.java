package vn.lienthong.exchange.relay;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.BusinessException;

/**
 * The signed-in account may not relay this package (docs/federation.md, "How one hub signs in to
 * another"): it is no hub account, or the package's sender is not one it relays for.
 */
public class RelayNotAllowedException extends BusinessException {

    private RelayNotAllowedException(String messageEn, String messageVi, String element) {
        super("RELAY_NOT_ALLOWED", messageEn, messageVi, element);
    }

    static RelayNotAllowedException notAHub(AgencyCode caller) {
        return new RelayNotAllowedException(caller + " is not a hub account of this instance: only a peer hub sends "
                + RelayHeaders.RELAY_FOR, caller + " không phải tài khoản của trục liên thông ngang hàng: chỉ trục mới được gửi "
                + RelayHeaders.RELAY_FOR, RelayHeaders.RELAY_FOR);
    }

    static RelayNotAllowedException notServedBy(AgencyCode caller, AgencyCode from) {
        return new RelayNotAllowedException("The sender " + from + " is not served by " + caller + ": a hub relays upward only "
                + "its own agencies' packages", "Đơn vị gửi " + from + " không do " + caller + " phục vụ: trục chỉ chuyển tiếp "
                + "lên gói tin của các cơ quan mình phục vụ", "MessageHeader/From/OrganId");
    }

    /**
     * A hub relayed a status about a document it is not on the route of: a recipient's status must
     * come from the hub holding that recipient, a take-back request from the hub the document came from.
     */
    public static RelayNotAllowedException notOnRoute(AgencyCode caller, String edxmlId) {
        return new RelayNotAllowedException("The hub " + caller + " is not on the route of document " + edxmlId
                + " for this status: statuses come back from the hub holding the recipient, a take-back request from the hub "
                + "the document came from", "Trục " + caller + " không nằm trên đường đi của văn bản " + edxmlId
                + " đối với trạng thái này: trạng thái chỉ được gửi về từ trục giữ đơn vị nhận, đề nghị lấy lại chỉ từ trục "
                + "đã chuyển văn bản tới", "Status/ResponseFor/DocumentId");
    }

    static RelayNotAllowedException servedHere(AgencyCode caller, AgencyCode from) {
        return new RelayNotAllowedException("The sender " + from + " is served by this instance: the upstream " + caller
                + " relays down only packages from elsewhere", "Đơn vị gửi " + from + " do hệ thống này phục vụ: trục cấp trên "
                + caller + " chỉ chuyển tiếp xuống gói tin từ nơi khác", "MessageHeader/From/OrganId");
    }
}
