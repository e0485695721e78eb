/** Companies' annual meetings: the dates from which filing deadlines follow. */
package org.cofile.domain.meeting;
