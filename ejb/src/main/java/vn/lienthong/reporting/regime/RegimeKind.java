package vn.lienthong.reporting.regime;

/** Decree 09 Art 4: periodic, thematic (chuyên đề) or ad hoc (đột xuất) reporting. */
public enum RegimeKind { PERIODIC, THEMATIC, AD_HOC }
