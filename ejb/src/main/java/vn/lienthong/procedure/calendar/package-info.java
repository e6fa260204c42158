/**
 * The working-time calendar (lịch làm việc) and due-date rules of administrative procedures: office
 * hours, public holidays and make-up days as data per province, and the due date of a dossier from
 * its intake, pauses and extensions. Pure Java with no container, so every rule is unit-tested;
 * only {@link vn.lienthong.procedure.calendar.WorkingCalendars} is a bean, choosing each province's calendar.
 */
package vn.lienthong.procedure.calendar;
