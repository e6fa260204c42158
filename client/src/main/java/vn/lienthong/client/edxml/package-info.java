/**
 * edXML packages (QCVN 102:2016) as agency software sends them: {@link vn.lienthong.client.edxml.DocumentBuilder}
 * and {@link vn.lienthong.client.edxml.StatusBuilder} write the format strictly, in its own canonical form,
 * so that a signature's digest is taken while writing; {@link vn.lienthong.client.edxml.ReceivedDocument}
 * reads what a status needs from a package received.
 */
package vn.lienthong.client.edxml;
