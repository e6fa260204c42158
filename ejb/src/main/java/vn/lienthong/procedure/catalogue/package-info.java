/**
 * The procedure catalogue (danh mục thủ tục hành chính): each procedure's agencies, steps, required
 * papers, fees and processing time, as administrators define them in one JSON form. The sample
 * catalogue of the development set-up is loaded here.
 */
package vn.lienthong.procedure.catalogue;
