/**
 * The agencies themselves: the identifier code of QCVN 102:2016 every capability names agencies by,
 * the agency with its parent and level, its names over time, and the look-ups other capabilities
 * use. The sample directory of the development set-up is loaded here.
 */
package vn.lienthong.directory.agency;
