package vn.lienthong.signature.verification;

/**
 * Who made the package whose signature is judged: an agency's software (anything that arrives over
 * REST or SOAP), or the hub itself (the hand-over of a dossier's step, which the hub builds and signs
 * with its own key in the name of the handing agency). Only the latter may carry the hub's signature.
 */
public enum PackageOrigin {
    AGENCY,
    HUB
}
