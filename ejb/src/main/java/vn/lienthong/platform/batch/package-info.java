/**
 * What every batch call of the API shares: the size rule and the per-item refusal. A batch is
 * answered item by item, in the order asked.
 */
package vn.lienthong.platform.batch;
