/** E-mail, sent through the server's mail session once the change that asks for it has committed. */
package org.cofile.workflow.notification;
