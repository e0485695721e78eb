/** The page an invitation link opens: a person sets up its account, or an organization's admin accepts for it. */
package org.cofile.web.invitations;
