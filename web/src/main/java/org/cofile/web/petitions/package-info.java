/** The public petition pages: sign without an account, confirm and erase from the mailed links. */
package org.cofile.web.petitions;
