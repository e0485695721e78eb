/** The member's notifications page and the unread count in the header. */
package org.cofile.web.notifications;
