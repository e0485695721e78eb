/** The portal's "Check a filing" page (/rules/check.xhtml): one thin backing bean per check over the filing rules. */
package org.cofile.web.rules;
