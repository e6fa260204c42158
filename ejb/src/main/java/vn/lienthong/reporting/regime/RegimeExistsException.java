package vn.lienthong.reporting.regime;

import vn.lienthong.platform.BusinessException;

/** A regime code is defined once; later changes are new versions. */
public class RegimeExistsException extends BusinessException {

    public RegimeExistsException(String code) {
        super("REGIME_EXISTS", "Regime " + code + " already exists: add a version instead (POST .../versions)",
                "Chế độ báo cáo " + code + " đã có: hãy thêm phiên bản mới (POST .../versions)", "code");
    }
}
