/** The calendar page and the members' personal iCalendar feeds. */
package org.cofile.web.calendar;
