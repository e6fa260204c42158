/**
 * Validation rules across indicators (left side, operator, right side, as DHIS2 writes them):
 * {@code CT05 <= CT04}, {@code CT07 == previous(CT09)}, each with a message in Vietnamese and
 * English, checked on every submission and over every aggregate. Pure Java.
 */
package vn.lienthong.reporting.validation;
