/** What falls due for a member's organization: filing deadlines and annual meetings, on the portal and as a feed. */
package org.cofile.workflow.calendar;
