/** Public pages for a forgotten password: asking for a reset link, and setting a new password through it. */
package org.cofile.web.password;
