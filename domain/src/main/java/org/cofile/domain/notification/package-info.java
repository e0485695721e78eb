/** Notifications of what happens to a resolution, in the portal and by e-mail, and who is told. */
package org.cofile.domain.notification;
