/** The portal's shell: sign-in and sign-out, the language switch, the dashboard and who is signed in. */
package org.cofile.web.shell;
