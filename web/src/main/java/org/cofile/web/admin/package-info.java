/** The portal's pages for coalition admins, under {@code /admin/}: the audit trail of the whole coalition. */
package org.cofile.web.admin;
